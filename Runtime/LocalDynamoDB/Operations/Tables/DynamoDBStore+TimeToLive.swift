import GRDB

extension StoreOperation where Output == UpdateTimeToLiveOutput {
    /// UpdateTimeToLive: turns expiry on for an attribute, or off.
    public static func updateTimeToLive(_ input: UpdateTimeToLiveInput) throws(DynamoDBServiceError) -> StoreOperation {
        let specification = input.timeToLiveSpecification
        guard !specification.attributeName.isEmpty else {
            throw .validation("1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        return .write { db in
            let table = try StoredTable.fetch(db, input.tableName)
            if specification.enabled, table.ttlAttribute != nil {
                throw DynamoDBServiceError.validation("TimeToLive is already enabled")
            }
            if !specification.enabled, table.ttlAttribute == nil {
                throw DynamoDBServiceError.validation("TimeToLive is already disabled")
            }
            try db.execute(
                sql: "UPDATE dynamodb_tables SET ttl_attribute = ? WHERE name = ?",
                arguments: [specification.enabled ? specification.attributeName : nil, table.name]
            )
            return UpdateTimeToLiveOutput(timeToLiveSpecification: specification)
        }
    }
}

extension StoreOperation where Output == DescribeTimeToLiveOutput {
    /// DescribeTimeToLive.
    public static func describeTimeToLive(_ input: TableNameInput) -> StoreOperation {
        .read { db in
            let table = try StoredTable.fetch(db, input.tableName)
            return DescribeTimeToLiveOutput(timeToLiveDescription: .init(
                timeToLiveStatus: table.ttlAttribute == nil ? "DISABLED" : "ENABLED", attributeName: table.ttlAttribute
            ))
        }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/updateTimeToLive(_:)``.
    public func updateTimeToLive(_ input: UpdateTimeToLiveInput) async throws(DynamoDBServiceError) -> UpdateTimeToLiveOutput {
        try await run(.updateTimeToLive(input))
    }

    /// Runs ``StoreOperation/describeTimeToLive(_:)``.
    public func describeTimeToLive(_ input: TableNameInput) async throws(DynamoDBServiceError) -> DescribeTimeToLiveOutput {
        try await run(.describeTimeToLive(input))
    }
}
