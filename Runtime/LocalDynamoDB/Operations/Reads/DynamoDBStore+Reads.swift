import GRDB

extension StoreOperation where Output == ReadPageOutput {
    /// Query: one page of a partition of the table or of a secondary index (`IndexName`).
    /// `Limit` counts items read before `FilterExpression`, as in DynamoDB.
    public static func query(_ input: QueryInput) -> StoreOperation {
        .read { db in try input.plan(db).run(db) }
    }

    /// Scan: one page of the whole table or index, in key order.
    public static func scan(_ input: ScanInput) -> StoreOperation {
        .read { db in try input.plan(db).run(db) }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/query(_:)``.
    public func query(_ input: QueryInput) async throws(DynamoDBServiceError) -> ReadPageOutput {
        try await run(.query(input))
    }

    /// Runs ``StoreOperation/scan(_:)``.
    public func scan(_ input: ScanInput) async throws(DynamoDBServiceError) -> ReadPageOutput {
        try await run(.scan(input))
    }
}
