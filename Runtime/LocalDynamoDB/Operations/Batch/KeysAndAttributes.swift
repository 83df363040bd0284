import LambdaEvents

/// What BatchGetItem reads from one table: the keys and how to project the items.
public struct KeysAndAttributes: Codable, Sendable, Hashable {
    /// The keys of the items to read.
    public var keys: [DynamoDBItem]
    /// The attributes to return; all when absent.
    public var projectionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// Accepted; every local read is consistent.
    public var consistentRead: Bool?
    /// The legacy list of top-level attributes to return; refused together with `ProjectionExpression`.
    public var attributesToGet: [String]?

    /// Creates the table's part of a request.
    public init(keys: [DynamoDBItem], projectionExpression: String? = nil,
                expressionAttributeNames: [String: String]? = nil, consistentRead: Bool? = nil,
                attributesToGet: [String]? = nil) {
        self.keys = keys
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.consistentRead = consistentRead
        self.attributesToGet = attributesToGet
    }

    enum CodingKeys: String, CodingKey {
        case keys = "Keys"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case consistentRead = "ConsistentRead"
        case attributesToGet = "AttributesToGet"
    }
}
