import LambdaEvents

/// The input of Query: the items of one partition (of the table or an index), in sort key order.
public struct QueryRequest: Sendable, Encodable {
    /// The table.
    public var tableName: String
    /// The secondary index to query, or `nil` for the table.
    public var indexName: String?
    /// The partition to read and, optionally, a sort key range: `pk = :pk AND begins_with(sk, :prefix)`.
    public var keyConditionExpression: String
    /// A condition applied after reading; items that fail it still count against `limit`.
    public var filterExpression: String?
    /// The attributes to return; all when absent.
    public var projectionExpression: String?
    /// Placeholders for attribute names (`#name` to `name`) used in the expressions.
    public var expressionAttributeNames: [String: String]
    /// Placeholders for values (`:value` to a value) used in the expressions.
    public var expressionAttributeValues: DynamoDBItem
    /// The most items to read for one page (before the filter).
    public var limit: Int?
    /// Where to continue: the previous page's `lastEvaluatedKey`.
    public var exclusiveStartKey: DynamoDBItem?
    /// `true` (the default) for ascending sort key order, `false` for descending.
    public var scanIndexForward: Bool?
    /// Whether to read the latest committed values (tables and local indexes only).
    public var consistentRead: Bool?
    /// What to return, such as only the count.
    public var select: Select?

    /// Creates the input.
    public init(
        tableName: String,
        indexName: String? = nil,
        keyConditionExpression: String,
        filterExpression: String? = nil,
        projectionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        expressionAttributeValues: DynamoDBItem = [:],
        limit: Int? = nil,
        exclusiveStartKey: DynamoDBItem? = nil,
        scanIndexForward: Bool? = nil,
        consistentRead: Bool? = nil,
        select: Select? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.keyConditionExpression = keyConditionExpression
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.scanIndexForward = scanIndexForward
        self.consistentRead = consistentRead
        self.select = select
    }

    /// Encodes the AWS JSON shape, leaving out empty and absent members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(tableName, forKey: .tableName)
        try container.encodeIfPresent(indexName, forKey: .indexName)
        try container.encode(keyConditionExpression, forKey: .keyConditionExpression)
        try container.encodeIfPresent(filterExpression, forKey: .filterExpression)
        try container.encodeIfPresent(projectionExpression, forKey: .projectionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
        try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(exclusiveStartKey, forKey: .exclusiveStartKey)
        try container.encodeIfPresent(scanIndexForward, forKey: .scanIndexForward)
        try container.encodeIfPresent(consistentRead, forKey: .consistentRead)
        try container.encodeIfPresent(select, forKey: .select)
    }
}
