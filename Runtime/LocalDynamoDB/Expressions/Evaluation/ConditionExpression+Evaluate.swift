import LambdaEvents

extension ConditionExpression {
    /// Whether `item` (nil when no item exists under the key) satisfies the expression.
    public func isSatisfied(by item: DynamoDBItem?) -> Bool {
        condition.isSatisfied(by: item)
    }

    /// Throws `ConditionalCheckFailedException` unless `item` satisfies the expression.
    public func check(_ item: DynamoDBItem?) throws(DynamoDBError) {
        guard isSatisfied(by: item) else { throw .conditionalCheckFailed }
    }
}
