import GRDB
import LambdaEvents

extension BatchGetItemInput {
    /// Every requested table's found items, projected, on one snapshot.
    func read(_ db: Database) throws -> BatchGetItemOutput {
        try BatchLimits.check(
            tables: requestItems.count, entries: requestItems.values.reduce(0) { $0 + $1.keys.count },
            maximum: BatchLimits.maximumKeys, operation: "BatchGetItem"
        )
        var responses: [String: [DynamoDBItem]] = [:]
        for (tableName, request) in requestItems {
            let table = try StoredTable.fetch(db, tableName)
            var seen = Set<ItemKey>()
            for key in request.keys {
                try BatchLimits.insert(try table.key(fromRequest: key), into: &seen)
            }
            responses[tableName] = try request.keys.compactMap { key in
                try GetItemInput(
                    tableName: tableName, key: key, projectionExpression: request.projectionExpression,
                    expressionAttributeNames: request.expressionAttributeNames, attributesToGet: request.attributesToGet
                ).item(db)
            }
        }
        return BatchGetItemOutput(responses: responses)
    }
}
