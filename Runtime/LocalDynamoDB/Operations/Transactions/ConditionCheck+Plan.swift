import GRDB

extension ConditionCheck {
    /// Validates the check and evaluates it against the stored item, in the caller's transaction.
    func check(_ db: Database) throws {
        let returnOnFailure = try ReturnValues.onConditionFailure(returnValuesOnConditionCheckFailure)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let condition = try ConditionExpression.parsed(conditionExpression, attributes: attributes)
        try attributes.checkAllUsed(by: [condition.usage])
        let table = try StoredTable.fetch(db, tableName)
        let key = try table.key(fromRequest: self.key)
        try condition.check(try table.item(db, key: key), returningItem: returnOnFailure)
    }
}
