import GRDB
import LambdaEvents

extension ScanInput {
    /// The page read: the whole table or index in key order, from `ExclusiveStartKey`.
    func plan(_ db: Database) throws -> PageRead {
        try ReadOptions.checkLimit(limit)
        let countOnly = try ReadOptions.countOnly(select)
        let table = try StoredTable.fetch(db, tableName)
        let target = try table.readTarget(indexName)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let filter = try filterExpression.map { text throws(DynamoDBError) in try ConditionExpression.parsed(text, kind: .filter, attributes: attributes) }
        let projection = try projectionExpression.map { text throws(DynamoDBError) in try ProjectionExpression.parsed(text, attributes: attributes) }
        try attributes.checkAllUsed(by: [filter?.usage, projection?.usage].compactMap { $0 })
        var read = PageRead(table: table, target: target, limit: limit, filter: filter, projection: projection, countOnly: countOnly)
        try read.start(after: exclusiveStartKey)
        return read
    }
}
