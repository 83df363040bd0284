import GRDB

extension DynamoDBStore {
    /// UpdateTimeToLive: turns expiry on for an attribute, or off.
    public func updateTimeToLive(_ input: UpdateTimeToLiveInput) async throws(DynamoDBServiceError) -> UpdateTimeToLiveOutput {
        let specification = input.timeToLiveSpecification
        guard !specification.attributeName.isEmpty else {
            throw .validation("1 validation error detected: Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        return try await write { db in
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

    /// DescribeTimeToLive.
    public func describeTimeToLive(_ input: TableNameInput) async throws(DynamoDBServiceError) -> DescribeTimeToLiveOutput {
        try await read { db in
            let table = try StoredTable.fetch(db, input.tableName)
            return DescribeTimeToLiveOutput(timeToLiveDescription: .init(
                timeToLiveStatus: table.ttlAttribute == nil ? "DISABLED" : "ENABLED", attributeName: table.ttlAttribute
            ))
        }
    }
}
