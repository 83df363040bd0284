import LambdaEvents

/// A TransactWriteItems action that only checks a condition on one item and writes nothing.
public struct ConditionCheck: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The item's key attributes, exactly.
    public var key: DynamoDBItem
    /// Must hold for the stored item (or for no item) or the transaction is cancelled.
    public var conditionExpression: String
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// `:alias` to value.
    public var expressionAttributeValues: DynamoDBItem?
    /// `NONE` or `ALL_OLD`: the stored item in the cancellation reason.
    public var returnValuesOnConditionCheckFailure: String?

    /// Creates a check.
    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValuesOnConditionCheckFailure: String? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}
