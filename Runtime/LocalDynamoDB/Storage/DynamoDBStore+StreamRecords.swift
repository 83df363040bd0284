import GRDB
import LambdaEvents

extension DynamoDBStore {
    /// The table's stream records after `sequenceNumber`, oldest first, at most `limit`.
    public func streamRecords(tableName: String, after sequenceNumber: Int64 = 0, limit: Int = 1000) async throws(DynamoDBServiceError) -> [StoredStreamRecord] {
        try await read { db in
            _ = try StoredTable.fetch(db, tableName)
            return try Row.fetchAll(
                db,
                sql: "SELECT * FROM dynamodb_stream_records WHERE table_name = ? AND sequence_number > ? ORDER BY sequence_number LIMIT ?",
                arguments: [tableName, sequenceNumber, limit]
            ).map { row in
                StoredStreamRecord(
                    sequenceNumber: row["sequence_number"], eventName: .init(rawValue: row["event_name"]),
                    keys: try ItemJSON.decode(row["keys"]), newImage: try (row["new_image"] as String?).map(ItemJSON.decode),
                    oldImage: try (row["old_image"] as String?).map(ItemJSON.decode), viewType: .init(rawValue: row["view_type"]),
                    sizeBytes: row["size"], approximateCreationDateTime: row["created_at"], deletedByTTL: row["deleted_by_ttl"]
                )
            }
        }
    }
}
