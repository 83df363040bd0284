import GRDB
import LambdaEvents

extension UpdateItemInput {
    /// Validates the request, reads the stored item, checks the condition and applies the update,
    /// in the caller's transaction.
    func plan(_ db: Database) throws -> ItemWritePlan {
        let returnValues = try ReturnValues(returnValues, updating: true)
        let returnOnFailure = try ReturnValues.onConditionFailure(returnValuesOnConditionCheckFailure)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let update: UpdateExpression?
        let condition: ConditionExpression?
        if usesLegacyMembers {
            (update, condition) = try legacyUpdateAndCondition()
        } else {
            update = try updateExpression.map { text throws(DynamoDBError) in try UpdateExpression.parsed(text, attributes: attributes) }
            condition = try conditionExpression.map { text throws(DynamoDBError) in try ConditionExpression.parsed(text, attributes: attributes) }
        }
        try attributes.checkAllUsed(by: [update?.usage, condition?.usage].compactMap { $0 })
        let table = try StoredTable.fetch(db, tableName)
        let key = try table.key(fromRequest: self.key)
        let targets = update?.targetAttributeNames ?? []
        for name in [table.key.partitionKey, table.key.sortKey].compactMap({ $0 }) where targets.contains(name) {
            throw DynamoDBServiceError.validation("One or more parameter values were invalid: Cannot update attribute \(name). This attribute is part of the key")
        }
        let old = try table.item(db, key: key)
        try condition?.check(old, returningItem: returnOnFailure)
        let updated: DynamoDBItem
        do throws(DynamoDBError) {
            updated = try update?.apply(to: old, key: key.attributes) ?? old ?? key.attributes
        } catch {
            throw attributeUpdates == nil ? error : AttributeUpdates.reworded(error)
        }
        let new = try ItemValidation.canonical(updated)
        try ItemSize.checkLimit(new)
        return ItemWritePlan(
            change: ItemChange(table: table, key: key, old: old, new: new),
            output: WriteItemOutput(attributes: returnValues.attributes(old: old, new: new, updatedBy: update))
        )
    }
}
