import LambdaEvents

/// The input of DeleteItem: removes one item by its key.
public struct DeleteItemRequest: Sendable, Encodable {
    /// The table.
    public var tableName: String
    /// The item's full primary key.
    public var key: DynamoDBItem
    /// A condition the existing item must meet for the delete to happen.
    public var conditionExpression: String?
    /// Placeholders for attribute names (`#name` to `name`) used in the expression.
    public var expressionAttributeNames: [String: String]
    /// Placeholders for values (`:value` to a value) used in the expression.
    public var expressionAttributeValues: DynamoDBItem
    /// What to return: ``ReturnValue/none`` or ``ReturnValue/allOld``.
    public var returnValues: ReturnValue?
    /// Whether a failed condition returns the existing item in ``AWSError/item``.
    public var returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure?

    /// Creates the input.
    public init(
        tableName: String,
        key: DynamoDBItem,
        conditionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        expressionAttributeValues: DynamoDBItem = [:],
        returnValues: ReturnValue? = nil,
        returnValuesOnConditionCheckFailure: ReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
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
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(conditionExpression, forKey: .conditionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
        try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
        try container.encodeIfPresent(returnValues, forKey: .returnValues)
        try container.encodeIfPresent(returnValuesOnConditionCheckFailure, forKey: .returnValuesOnConditionCheckFailure)
    }
}
