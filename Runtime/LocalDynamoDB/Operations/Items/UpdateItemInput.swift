import LambdaEvents

/// The UpdateItem request.
public struct UpdateItemInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The item's key attributes, exactly.
    public var key: DynamoDBItem
    /// `SET`, `REMOVE`, `ADD` and `DELETE` clauses; without it the item is created with its key only.
    public var updateExpression: String?
    /// Updates only when this holds for the stored item (or for no item).
    public var conditionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// `:alias` to value.
    public var expressionAttributeValues: DynamoDBItem?
    /// `NONE`, `ALL_OLD`, `UPDATED_OLD`, `ALL_NEW` or `UPDATED_NEW`.
    public var returnValues: String?
    /// `NONE` or `ALL_OLD`.
    public var returnValuesOnConditionCheckFailure: String?
    /// Legacy conditions, one per attribute; refused together with `ConditionExpression`.
    public var expected: [String: ExpectedAttributeValue]?
    /// `AND` (the default) or `OR`: how the `Expected` conditions combine.
    public var conditionalOperator: String?
    /// Legacy updates, one per attribute; refused together with `UpdateExpression`.
    public var attributeUpdates: [String: AttributeValueUpdate]?

    /// Creates a request.
    public init(
        tableName: String, key: DynamoDBItem, updateExpression: String? = nil, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: String? = nil, returnValuesOnConditionCheckFailure: String? = nil,
        expected: [String: ExpectedAttributeValue]? = nil, conditionalOperator: String? = nil, attributeUpdates: [String: AttributeValueUpdate]? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.updateExpression = updateExpression
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
        self.expected = expected
        self.conditionalOperator = conditionalOperator
        self.attributeUpdates = attributeUpdates
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case updateExpression = "UpdateExpression"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
        case expected = "Expected"
        case conditionalOperator = "ConditionalOperator"
        case attributeUpdates = "AttributeUpdates"
    }
}
