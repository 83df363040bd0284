import GRDB
import LambdaEvents

extension PutItemInput {
    /// Validates the request, reads the stored item and checks the condition, in the caller's transaction.
    /// A batch passes the `table` it already read in the same transaction, where it cannot change.
    func plan(_ db: Database, table: StoredTable? = nil) throws -> ItemWritePlan {
        let returnValues = try ReturnValues(returnValues, updating: false)
        let returnOnFailure = try ReturnValues.onConditionFailure(returnValuesOnConditionCheckFailure)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let condition = try expected == nil && conditionalOperator == nil
            ? conditionExpression.map { text throws(DynamoDBError) in try ConditionExpression.parsed(text, attributes: attributes) }
            : legacyCondition()
        try attributes.checkAllUsed(by: [condition?.usage].compactMap { $0 })
        let table = try table ?? StoredTable.fetch(db, tableName)
        let item = try ItemValidation.canonical(self.item)
        let key = try table.key(ofItem: item)
        try ItemSize.checkLimit(item)
        let old = try table.item(db, key: key)
        try condition?.check(old, returningItem: returnOnFailure)
        return ItemWritePlan(
            change: ItemChange(table: table, key: key, old: old, new: item),
            output: WriteItemOutput(attributes: returnValues.attributes(old: old, new: item))
        )
    }
}
