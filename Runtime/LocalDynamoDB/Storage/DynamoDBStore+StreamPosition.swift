import GRDB

extension DynamoDBStore {
    /// The sequence number of the table's latest stream record, or 0 when it has none: where a
    /// `LATEST` shard iterator starts.
    public func latestStreamSequenceNumber(tableName: String) async throws(DynamoDBServiceError) -> Int64 {
        try await read { db in
            _ = try StoredTable.fetch(db, tableName)
            return try Int64.fetchOne(
                db, sql: "SELECT MAX(sequence_number) FROM dynamodb_stream_records WHERE table_name = ?",
                arguments: [tableName]) ?? 0
        }
    }
}
