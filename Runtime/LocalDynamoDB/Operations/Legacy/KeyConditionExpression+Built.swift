import LambdaEvents

extension KeyConditionExpression {
    /// A key condition made from `KeyConditions` rather than parsed.
    init(built partitionKey: String, equals partitionValue: AttributeValue, sortKey: (name: String, condition: SortKeyCondition)?) {
        self.partitionKey = partitionKey
        self.partitionValue = partitionValue
        self.sortKey = sortKey
        self.usage = ExpressionUsage()
    }
}
