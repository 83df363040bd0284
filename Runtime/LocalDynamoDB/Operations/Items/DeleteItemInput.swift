import LambdaEvents

/// The DeleteItem request.
public struct DeleteItemInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The item's key attributes, exactly.
    public var key: DynamoDBItem
    /// Deletes only when this holds for the stored item.
    public var conditionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// `:alias` to value.
    public var expressionAttributeValues: DynamoDBItem?
    /// `NONE` or `ALL_OLD`.
    public var returnValues: String?
    /// `NONE` or `ALL_OLD`.
    public var returnValuesOnConditionCheckFailure: String?
    /// Legacy conditions, one per attribute; refused together with `ConditionExpression`.
    public var expected: [String: ExpectedAttributeValue]?
    /// `AND` (the default) or `OR`: how the `Expected` conditions combine.
    public var conditionalOperator: String?

    /// Creates a request.
    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: String? = nil, returnValuesOnConditionCheckFailure: String? = nil,
        expected: [String: ExpectedAttributeValue]? = nil, conditionalOperator: String? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
        self.expected = expected
        self.conditionalOperator = conditionalOperator
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
        case expected = "Expected"
        case conditionalOperator = "ConditionalOperator"
    }
}
