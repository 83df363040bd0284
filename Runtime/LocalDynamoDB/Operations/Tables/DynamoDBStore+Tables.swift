import Foundation
import GRDB

extension DynamoDBStore {
    /// CreateTable: validates the definition and creates the table, `ACTIVE` at once.
    public func createTable(_ input: CreateTableInput) async throws(DynamoDBServiceError) -> TableDescriptionOutput {
        try input.validate()
        let now = Date()
        let arn = "arn:aws:dynamodb:\(region):\(accountID):table/\(input.tableName)"
        let streaming = input.streamSpecification?.streamEnabled == true
        let table = StoredTable(
            name: input.tableName, keySchema: input.keySchema, attributeDefinitions: input.attributeDefinitions,
            globalSecondaryIndexes: input.globalSecondaryIndexes ?? [], localSecondaryIndexes: input.localSecondaryIndexes ?? [],
            streamViewType: streaming ? input.streamSpecification?.streamViewType : nil,
            streamLabel: streaming ? Self.streamLabel(now) : nil, ttlAttribute: nil,
            createdAt: now.timeIntervalSince1970, arn: arn
        )
        return try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM dynamodb_tables WHERE name = ?", arguments: [table.name]) != nil {
                throw DynamoDBServiceError.tableExists(table.name)
            }
            try table.insert(db)
            return TableDescriptionOutput(tableDescription: try table.description(db))
        }
    }

    /// DescribeTable.
    public func describeTable(_ input: TableNameInput) async throws(DynamoDBServiceError) -> DescribeTableOutput {
        try await read { db in
            DescribeTableOutput(table: try StoredTable.fetch(db, input.tableName).description(db))
        }
    }

    /// DeleteTable: removes the table with its items and stream records; answers with the last description.
    public func deleteTable(_ input: TableNameInput) async throws(DynamoDBServiceError) -> TableDescriptionOutput {
        try await write { db in
            let table = try StoredTable.fetch(db, input.tableName)
            var description = try table.description(db)
            description.tableStatus = "DELETING"
            for sql in ["DELETE FROM dynamodb_items WHERE table_name = ?", "DELETE FROM dynamodb_stream_records WHERE table_name = ?",
                        "DELETE FROM dynamodb_tables WHERE name = ?"] {
                try db.execute(sql: sql, arguments: [table.name])
            }
            return TableDescriptionOutput(tableDescription: description)
        }
    }

    /// ListTables: names in ascending order, after `ExclusiveStartTableName`, at most `Limit` (100).
    public func listTables(_ input: ListTablesInput = ListTablesInput()) async throws(DynamoDBServiceError) -> ListTablesOutput {
        let limit = input.limit ?? 100
        guard (1...100).contains(limit) else {
            throw .validation("1 validation error detected: Value '\(limit)' at 'limit' failed to satisfy constraint: Member must have value \(limit < 1 ? "greater than or equal to 1" : "less than or equal to 100")")
        }
        return try await read { db in
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM dynamodb_tables WHERE name > ? ORDER BY name LIMIT ?",
                arguments: [input.exclusiveStartTableName ?? "", limit + 1]
            )
            let page = Array(names.prefix(limit))
            return ListTablesOutput(tableNames: page, lastEvaluatedTableName: names.count > limit ? page.last : nil)
        }
    }

    /// A stream label as DynamoDB writes it: the stream's creation time to the millisecond.
    static func streamLabel(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
