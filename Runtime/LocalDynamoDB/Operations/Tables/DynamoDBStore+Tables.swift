import Foundation
import GRDB

extension StoreOperation where Output == TableDescriptionOutput {
    /// CreateTable: validates the definition and creates the table, `ACTIVE` at once, with ARNs
    /// in `region` and `accountID`.
    public static func createTable(_ input: CreateTableInput, region: String, accountID: String) throws(DynamoDBServiceError) -> StoreOperation {
        try input.validate()
        let now = Date()
        let arn = "arn:aws:dynamodb:\(region):\(accountID):table/\(input.tableName)"
        let streaming = input.streamSpecification?.streamEnabled == true
        let table = StoredTable(
            name: input.tableName, keySchema: input.keySchema, attributeDefinitions: input.attributeDefinitions,
            globalSecondaryIndexes: input.globalSecondaryIndexes ?? [], localSecondaryIndexes: input.localSecondaryIndexes ?? [],
            streamViewType: streaming ? input.streamSpecification?.streamViewType : nil,
            streamLabel: streaming ? DynamoDBStore.streamLabel(now) : nil, ttlAttribute: nil,
            deletionProtection: input.deletionProtectionEnabled ?? false,
            billingMode: input.billingMode, provisionedThroughput: input.provisionedThroughput,
            createdAt: now.timeIntervalSince1970, arn: arn
        )
        return .write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM dynamodb_tables WHERE name = ?", arguments: [table.name]) != nil {
                throw DynamoDBServiceError.tableExists(table.name)
            }
            try table.insert(db)
            return TableDescriptionOutput(tableDescription: try table.description(db))
        }
    }

    /// DeleteTable: removes the table with its items and stream records; answers with the last description.
    public static func deleteTable(_ input: TableNameInput) -> StoreOperation {
        .write { db in
            let table = try StoredTable.fetch(db, input.tableName)
            guard !table.deletionProtection else { throw DynamoDBServiceError.deletionProtected }
            var description = try table.description(db)
            description.tableStatus = "DELETING"
            for sql in ["DELETE FROM dynamodb_items WHERE table_name = ?", "DELETE FROM dynamodb_stream_records WHERE table_name = ?",
                        "DELETE FROM dynamodb_tables WHERE name = ?"] {
                try db.execute(sql: sql, arguments: [table.name])
            }
            return TableDescriptionOutput(tableDescription: description)
        }
    }
}

extension StoreOperation where Output == DescribeTableOutput {
    /// DescribeTable.
    public static func describeTable(_ input: TableNameInput) -> StoreOperation {
        .read { db in DescribeTableOutput(table: try StoredTable.fetch(db, input.tableName).description(db)) }
    }
}

extension StoreOperation where Output == ListTablesOutput {
    /// ListTables: names in ascending order, after `ExclusiveStartTableName`, at most `Limit` (100).
    public static func listTables(_ input: ListTablesInput) throws(DynamoDBServiceError) -> StoreOperation {
        let limit = input.limit ?? 100
        guard (1...100).contains(limit) else {
            throw .validation("1 validation error detected: Value '\(limit)' at 'limit' failed to satisfy constraint: Member must have value \(limit < 1 ? "greater than or equal to 1" : "less than or equal to 100")")
        }
        return .read { db in
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM dynamodb_tables WHERE name > ? ORDER BY name LIMIT ?",
                arguments: [input.exclusiveStartTableName ?? "", limit + 1]
            )
            let page = Array(names.prefix(limit))
            return ListTablesOutput(tableNames: page, lastEvaluatedTableName: names.count > limit ? page.last : nil)
        }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/createTable(_:region:accountID:)`` with this store's region and account.
    public func createTable(_ input: CreateTableInput) async throws(DynamoDBServiceError) -> TableDescriptionOutput {
        try await run(.createTable(input, region: region, accountID: accountID))
    }

    /// Runs ``StoreOperation/describeTable(_:)``.
    public func describeTable(_ input: TableNameInput) async throws(DynamoDBServiceError) -> DescribeTableOutput {
        try await run(.describeTable(input))
    }

    /// Runs ``StoreOperation/deleteTable(_:)``.
    public func deleteTable(_ input: TableNameInput) async throws(DynamoDBServiceError) -> TableDescriptionOutput {
        try await run(.deleteTable(input))
    }

    /// Runs ``StoreOperation/listTables(_:)``.
    public func listTables(_ input: ListTablesInput = ListTablesInput()) async throws(DynamoDBServiceError) -> ListTablesOutput {
        try await run(.listTables(input))
    }

    /// A stream label as DynamoDB writes it: the stream's creation time to the millisecond.
    static func streamLabel(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
