/// The legacy condition members PutItem and DeleteItem share.
protocol ExpectedConditionMembers {
    var expected: [String: ExpectedAttributeValue]? { get }
    var conditionalOperator: String? { get }
    var conditionExpression: String? { get }
}

extension ExpectedConditionMembers {
    /// The condition of `Expected` and `ConditionalOperator`, refused next to a `ConditionExpression`.
    func legacyCondition() throws(DynamoDBServiceError) -> ConditionExpression? {
        try NonExpressionParameters.checkNotMixed(
            legacy: [("Expected", expected != nil), ("ConditionalOperator", conditionalOperator != nil)],
            expressions: [("ConditionExpression", conditionExpression != nil)])
        return try LegacyConditions.expected(expected, conditionalOperator: conditionalOperator)
    }
}

extension PutItemInput: ExpectedConditionMembers {}
extension DeleteItemInput: ExpectedConditionMembers {}
