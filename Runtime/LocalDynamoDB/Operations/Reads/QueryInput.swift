import LambdaEvents

/// The Query request.
public struct QueryInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// A secondary index to read instead of the table.
    public var indexName: String?
    /// The partition key's value and an optional sort key condition; `KeyConditions` otherwise.
    public var keyConditionExpression: String?
    /// Drops items after they are read (and counted against `Limit`).
    public var filterExpression: String?
    /// The attributes to return.
    public var projectionExpression: String?
    /// `#alias` to name.
    public var expressionAttributeNames: [String: String]?
    /// `:alias` to value.
    public var expressionAttributeValues: DynamoDBItem?
    /// The most items to read (evaluate) in this page.
    public var limit: Int?
    /// False to read in descending sort key order.
    public var scanIndexForward: Bool?
    /// The previous page's `LastEvaluatedKey`.
    public var exclusiveStartKey: DynamoDBItem?
    /// `ALL_ATTRIBUTES`, `ALL_PROJECTED_ATTRIBUTES`, `SPECIFIC_ATTRIBUTES` or `COUNT`.
    public var select: String?
    /// Refused on a global secondary index; every local read is consistent.
    public var consistentRead: Bool?
    /// The legacy key conditions, in place of `KeyConditionExpression`.
    public var keyConditions: [String: ComparisonCondition]?
    /// The legacy filter, one condition per attribute; refused together with `FilterExpression`.
    public var queryFilter: [String: ComparisonCondition]?
    /// `AND` (the default) or `OR`: how the `QueryFilter` conditions combine.
    public var conditionalOperator: String?
    /// The legacy list of top-level attributes to return; refused together with `ProjectionExpression`.
    public var attributesToGet: [String]?

    /// Creates a request.
    public init(
        tableName: String, indexName: String? = nil, keyConditionExpression: String? = nil, filterExpression: String? = nil,
        projectionExpression: String? = nil, expressionAttributeNames: [String: String]? = nil,
        expressionAttributeValues: DynamoDBItem? = nil, limit: Int? = nil, scanIndexForward: Bool? = nil,
        exclusiveStartKey: DynamoDBItem? = nil, select: String? = nil, consistentRead: Bool? = nil,
        keyConditions: [String: ComparisonCondition]? = nil, queryFilter: [String: ComparisonCondition]? = nil,
        conditionalOperator: String? = nil, attributesToGet: [String]? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.keyConditionExpression = keyConditionExpression
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.scanIndexForward = scanIndexForward
        self.exclusiveStartKey = exclusiveStartKey
        self.select = select
        self.consistentRead = consistentRead
        self.keyConditions = keyConditions
        self.queryFilter = queryFilter
        self.conditionalOperator = conditionalOperator
        self.attributesToGet = attributesToGet
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case indexName = "IndexName"
        case keyConditionExpression = "KeyConditionExpression"
        case filterExpression = "FilterExpression"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case limit = "Limit"
        case scanIndexForward = "ScanIndexForward"
        case exclusiveStartKey = "ExclusiveStartKey"
        case select = "Select"
        case consistentRead = "ConsistentRead"
        case keyConditions = "KeyConditions"
        case queryFilter = "QueryFilter"
        case conditionalOperator = "ConditionalOperator"
        case attributesToGet = "AttributesToGet"
    }
}
