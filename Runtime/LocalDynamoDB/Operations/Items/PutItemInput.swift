import LambdaEvents

/// The PutItem request.
public struct PutItemInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The whole item, keys included.
    public var item: DynamoDBItem
    /// Writes only when this holds for the item currently stored (or for no item).
    public var conditionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// `:alias` to value.
    public var expressionAttributeValues: DynamoDBItem?
    /// `NONE` or `ALL_OLD`.
    public var returnValues: String?
    /// `NONE` or `ALL_OLD`: the stored item in a `ConditionalCheckFailedException`.
    public var returnValuesOnConditionCheckFailure: String?
    /// Legacy conditions, one per attribute; refused together with `ConditionExpression`.
    public var expected: [String: ExpectedAttributeValue]?
    /// `AND` (the default) or `OR`: how the `Expected` conditions combine.
    public var conditionalOperator: String?

    /// Creates a request.
    public init(
        tableName: String, item: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: String? = nil, returnValuesOnConditionCheckFailure: String? = nil,
        expected: [String: ExpectedAttributeValue]? = nil, conditionalOperator: String? = nil
    ) {
        self.tableName = tableName
        self.item = item
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
        case item = "Item"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
        case expected = "Expected"
        case conditionalOperator = "ConditionalOperator"
    }
}
