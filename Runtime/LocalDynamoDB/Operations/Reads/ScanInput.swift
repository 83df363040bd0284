import LambdaEvents

/// The Scan request, of the whole table or index or of one segment of a parallel scan.
public struct ScanInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// A secondary index to read instead of the table.
    public var indexName: String?
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
    /// The previous page's `LastEvaluatedKey`.
    public var exclusiveStartKey: DynamoDBItem?
    /// `ALL_ATTRIBUTES`, `ALL_PROJECTED_ATTRIBUTES`, `SPECIFIC_ATTRIBUTES` or `COUNT`.
    public var select: String?
    /// Refused on a global secondary index; every local read is consistent.
    public var consistentRead: Bool?
    /// The legacy filter, one condition per attribute; refused together with `FilterExpression`.
    public var scanFilter: [String: ComparisonCondition]?
    /// `AND` (the default) or `OR`: how the `ScanFilter` conditions combine.
    public var conditionalOperator: String?
    /// The legacy list of top-level attributes to return; refused together with `ProjectionExpression`.
    public var attributesToGet: [String]?
    /// Which segment of a parallel scan this request reads, from 0; needs `TotalSegments`.
    public var segment: Int?
    /// How many segments the parallel scan splits the table into (1 to 1,000,000).
    public var totalSegments: Int?

    /// Creates a request.
    public init(
        tableName: String, indexName: String? = nil, filterExpression: String? = nil, projectionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        limit: Int? = nil, exclusiveStartKey: DynamoDBItem? = nil, select: String? = nil, consistentRead: Bool? = nil,
        scanFilter: [String: ComparisonCondition]? = nil, conditionalOperator: String? = nil, attributesToGet: [String]? = nil,
        segment: Int? = nil, totalSegments: Int? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.select = select
        self.consistentRead = consistentRead
        self.scanFilter = scanFilter
        self.conditionalOperator = conditionalOperator
        self.attributesToGet = attributesToGet
        self.segment = segment
        self.totalSegments = totalSegments
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case indexName = "IndexName"
        case filterExpression = "FilterExpression"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case limit = "Limit"
        case exclusiveStartKey = "ExclusiveStartKey"
        case select = "Select"
        case consistentRead = "ConsistentRead"
        case scanFilter = "ScanFilter"
        case conditionalOperator = "ConditionalOperator"
        case attributesToGet = "AttributesToGet"
        case segment = "Segment"
        case totalSegments = "TotalSegments"
    }
}
