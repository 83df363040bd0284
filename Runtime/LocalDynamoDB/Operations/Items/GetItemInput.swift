import LambdaEvents

/// The GetItem request.
public struct GetItemInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The item's key attributes, exactly.
    public var key: DynamoDBItem
    /// The attributes to return; all when absent.
    public var projectionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// Accepted; every local read is consistent.
    public var consistentRead: Bool?
    /// The legacy list of top-level attributes to return; refused together with `ProjectionExpression`.
    public var attributesToGet: [String]?

    /// Creates a request.
    public init(tableName: String, key: DynamoDBItem, projectionExpression: String? = nil,
                expressionAttributeNames: [String: String]? = nil, consistentRead: Bool? = nil,
                attributesToGet: [String]? = nil) {
        self.tableName = tableName
        self.key = key
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.consistentRead = consistentRead
        self.attributesToGet = attributesToGet
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case consistentRead = "ConsistentRead"
        case attributesToGet = "AttributesToGet"
    }
}
