import GRDB
import LambdaEvents

extension GetItemInput {
    /// The stored item under the key, projected; nil when none.
    func item(_ db: Database) throws -> DynamoDBItem? {
        let attributes = try ExpressionAttributes(names: expressionAttributeNames)
        let projection = try attributesToGet == nil
            ? projectionExpression.map { text throws(DynamoDBError) in try ProjectionExpression.parsed(text, attributes: attributes) }
            : Self.legacyProjection(attributesToGet, besides: projectionExpression)
        try attributes.checkAllUsed(by: [projection?.usage].compactMap { $0 })
        let table = try StoredTable.fetch(db, tableName)
        let key = try table.key(fromRequest: self.key)
        let item = try table.item(db, key: key)
        return item.map { projection?.apply(to: $0) ?? $0 }
    }
}
