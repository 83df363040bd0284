extension UpdateItemInput {
    /// Whether the request uses any legacy member, so planning takes the translating path.
    var usesLegacyMembers: Bool { attributeUpdates != nil || expected != nil || conditionalOperator != nil }

    /// The update and condition of `AttributeUpdates`, `Expected` and `ConditionalOperator`,
    /// refused next to an `UpdateExpression` or `ConditionExpression`: past that check, the
    /// request has no expression for them to combine with.
    func legacyUpdateAndCondition() throws(DynamoDBServiceError) -> (UpdateExpression?, ConditionExpression?) {
        try NonExpressionParameters.checkNotMixed(
            legacy: [("AttributeUpdates", attributeUpdates != nil), ("Expected", expected != nil),
                     ("ConditionalOperator", conditionalOperator != nil)],
            expressions: [("UpdateExpression", updateExpression != nil), ("ConditionExpression", conditionExpression != nil)])
        let update = try attributeUpdates.map { updates throws(DynamoDBServiceError) in try AttributeUpdates.expression(updates) }
        return (update, try LegacyConditions.expected(expected, conditionalOperator: conditionalOperator))
    }
}
