import GRDB
import LambdaEvents

extension ScanInput {
    /// The page read: the whole table or index in key order, from `ExclusiveStartKey`, or the
    /// rows of one segment of it.
    func plan(_ db: Database) throws -> PageRead {
        try ReadOptions.checkLimit(limit)
        let segment = try ScanSegment(segment: segment, totalSegments: totalSegments)
        let legacy = try usesLegacyMembers ? legacyMembers() : nil
        let table = try StoredTable.fetch(db, tableName)
        let target = try table.readTarget(indexName)
        try ReadOptions.checkConsistentRead(consistentRead, on: target)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let filter = try legacy?.filter ?? filterExpression.map { text throws(DynamoDBError) in
            try ConditionExpression.parsed(text, kind: .filter, attributes: attributes)
        }
        let projection = try legacy?.projection ?? projectionExpression.map { text throws(DynamoDBError) in
            try ProjectionExpression.parsed(text, attributes: attributes)
        }
        try attributes.checkAllUsed(by: [filter?.usage, projection?.usage].compactMap { $0 })
        let selection = try ReadSelection.resolve(
            select, projection: projection, projectionMember: attributesToGet == nil ? "ProjectionExpression" : "AttributesToGet",
            target: target, isQuery: false)
        var read = PageRead(table: table, target: target, limit: limit, filter: filter, selection: selection, segment: segment)
        try read.start(after: exclusiveStartKey)
        return read
    }
}
