import GRDB

extension DynamoDBStore {
    /// Query: one page of a partition of the table or of a secondary index (`IndexName`).
    /// `Limit` counts items read before `FilterExpression`, as in DynamoDB.
    public func query(_ input: QueryInput) async throws(DynamoDBServiceError) -> ReadPageOutput {
        try await read { db in try input.plan(db).run(db) }
    }

    /// Scan: one page of the whole table or index, in key order.
    public func scan(_ input: ScanInput) async throws(DynamoDBServiceError) -> ReadPageOutput {
        try await read { db in try input.plan(db).run(db) }
    }
}
