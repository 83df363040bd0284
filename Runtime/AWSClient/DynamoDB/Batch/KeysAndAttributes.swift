import LambdaEvents

/// The keys to read from one table in a BatchGetItem, and how.
public struct KeysAndAttributes: Sendable, Hashable, Codable {
    /// The full primary keys of the items.
    public var keys: [DynamoDBItem]
    /// The attributes to return; all when absent.
    public var projectionExpression: String?
    /// Placeholders for attribute names used in the projection.
    public var expressionAttributeNames: [String: String]
    /// Whether to read the latest committed values.
    public var consistentRead: Bool?

    /// Creates the input for one table.
    public init(
        keys: [DynamoDBItem],
        projectionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        consistentRead: Bool? = nil
    ) {
        self.keys = keys
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.consistentRead = consistentRead
    }

    /// Decodes the shape DynamoDB returns in `UnprocessedKeys`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamoDBField.self)
        keys = try container.decode([DynamoDBItem].self, forKey: .keys)
        projectionExpression = try container.decodeIfPresent(String.self, forKey: .projectionExpression)
        expressionAttributeNames =
            try container.decodeIfPresent([String: String].self, forKey: .expressionAttributeNames) ?? [:]
        consistentRead = try container.decodeIfPresent(Bool.self, forKey: .consistentRead)
    }

    /// Encodes the AWS JSON shape, leaving out empty and absent members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(keys, forKey: .keys)
        try container.encodeIfPresent(projectionExpression, forKey: .projectionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
        try container.encodeIfPresent(consistentRead, forKey: .consistentRead)
    }
}
