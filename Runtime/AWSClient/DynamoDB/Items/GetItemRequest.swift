import LambdaEvents

/// The input of GetItem: reads one item by its key.
public struct GetItemRequest: Sendable, Encodable {
    /// The table.
    public var tableName: String
    /// The item's full primary key.
    public var key: DynamoDBItem
    /// Whether to read the latest committed value rather than a possibly older one.
    public var consistentRead: Bool?
    /// The attributes to return, such as `id, #n`; all when absent.
    public var projectionExpression: String?
    /// Placeholders for attribute names used in the projection.
    public var expressionAttributeNames: [String: String]

    /// Creates the input.
    public init(
        tableName: String,
        key: DynamoDBItem,
        consistentRead: Bool? = nil,
        projectionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:]
    ) {
        self.tableName = tableName
        self.key = key
        self.consistentRead = consistentRead
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
    }

    /// Encodes the AWS JSON shape, leaving out empty and absent members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(tableName, forKey: .tableName)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(consistentRead, forKey: .consistentRead)
        try container.encodeIfPresent(projectionExpression, forKey: .projectionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
    }
}
