extension DynamoDBClient {
    /// Creates a table (CreateTable), for local use and tests: tables in AWS come from the SAM
    /// template. Blocks the calling thread for each attempt.
    public func createTable(_ request: CreateTableRequest) async throws(AWSError) -> TableDescription {
        let response: TableDescriptionResponse = try await transport.call("CreateTable", request)
        return response.description
    }

    /// Describes a table (DescribeTable). Blocks the calling thread for each attempt.
    /// - Throws: ``AWSError`` with code ``AWSError/Code/resourceNotFound`` when there is no such table.
    public func describeTable(tableName: String) async throws(AWSError) -> TableDescription {
        let response: TableDescriptionResponse = try await transport.call("DescribeTable", TableNameInput(tableName))
        return response.description
    }

    /// Deletes a table and its items (DeleteTable). Blocks the calling thread for each attempt.
    public func deleteTable(tableName: String) async throws(AWSError) {
        let _: TableDescriptionResponse = try await transport.call("DeleteTable", TableNameInput(tableName))
    }
}
