import LambdaEvents

/// The input of PutItem: writes a whole item, replacing any item with the same key.
public struct PutItemRequest: Sendable, Encodable {
    /// The table.
    public var tableName: String
    /// The item, key attributes included.
    public var item: DynamoDBItem
    /// A condition the existing item must meet, such as `attribute_not_exists(pk)`.
    public var conditionExpression: String?
    /// Placeholders for attribute names (`#name` to `name`) used in the expressions.
    public var expressionAttributeNames: [String: String]
    /// Placeholders for values (`:value` to a value) used in the expressions.
    public var expressionAttributeValues: DynamoDBItem
    /// What to return: ``ReturnValue/none`` or ``ReturnValue/allOld``.
    public var returnValues: ReturnValue?
    /// Whether a failed condition returns the existing item in ``AWSError/item``.
    public var returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure?

    /// Creates the input.
    public init(
        tableName: String,
        item: DynamoDBItem,
        conditionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        expressionAttributeValues: DynamoDBItem = [:],
        returnValues: ReturnValue? = nil,
        returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.item = item
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    /// Encodes the AWS JSON shape, leaving out empty and absent members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(tableName, forKey: .tableName)
        try container.encode(item, forKey: .item)
        try container.encodeIfPresent(conditionExpression, forKey: .conditionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
        try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
        try container.encodeIfPresent(returnValues, forKey: .returnValues)
        try container.encodeIfPresent(returnValuesOnConditionCheckFailure, forKey: .returnValuesOnConditionCheckFailure)
    }
}
