import GRDB

extension DynamoDBStore {
    /// The last sequence number a stream consumer acknowledged, or `nil` when it has never read.
    public func streamCheckpoint(consumer: String) async throws(DynamoDBServiceError) -> Int64? {
        try await read { db in
            try Int64.fetchOne(
                db, sql: "SELECT sequence_number FROM dynamodb_stream_checkpoints WHERE consumer = ?", arguments: [consumer])
        }
    }

    /// Records that a consumer has handled every record up to `sequenceNumber`.
    public func saveStreamCheckpoint(consumer: String, sequenceNumber: Int64) async throws(DynamoDBServiceError) {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO dynamodb_stream_checkpoints (consumer, sequence_number) VALUES (?, ?)
                    ON CONFLICT(consumer) DO UPDATE SET sequence_number = excluded.sequence_number
                    """,
                arguments: [consumer, sequenceNumber])
        }
    }
}
