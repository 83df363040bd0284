import GRDB

extension StoreOperation where Output == TableDescriptionOutput {
    /// UpdateTable: deletion protection on or off. Any other change is refused by name: capacity,
    /// streams, indexes and the rest are not applied by lambda-local yet, and answering as if they
    /// were would tell the caller something untrue.
    public static func updateTable(_ input: UpdateTableInput) throws(DynamoDBServiceError) -> StoreOperation {
        guard input.unsupportedMembers.isEmpty else {
            throw .validation(
                "lambda-local's UpdateTable cannot change \(input.unsupportedMembers.joined(separator: ", ")) yet; "
                    + "it changes DeletionProtectionEnabled")
        }
        guard let protection = input.deletionProtectionEnabled else {
            throw .validation("UpdateTable needs a change to make: lambda-local's changes DeletionProtectionEnabled")
        }
        return .write { db in
            var table = try StoredTable.fetch(db, input.tableName)
            try db.execute(
                sql: "UPDATE dynamodb_tables SET deletion_protection = ? WHERE name = ?", arguments: [protection, table.name])
            table.deletionProtection = protection
            return TableDescriptionOutput(tableDescription: try table.description(db))
        }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/updateTable(_:)``.
    public func updateTable(_ input: UpdateTableInput) async throws(DynamoDBServiceError) -> TableDescriptionOutput {
        try await run(.updateTable(input))
    }
}
