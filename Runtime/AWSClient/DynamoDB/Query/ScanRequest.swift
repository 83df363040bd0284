import LambdaEvents

/// The input of Scan: every item of a table or index, a page at a time, in no particular order.
public struct ScanRequest: Sendable, Encodable {
    /// The table.
    public var tableName: String
    /// The secondary index to scan, or `nil` for the table.
    public var indexName: String?
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
    /// Whether to read the latest committed values.
    public var consistentRead: Bool?
    /// For a parallel scan: this worker's segment, from 0.
    public var segment: Int?
    /// For a parallel scan: the number of segments.
    public var totalSegments: Int?
    /// What to return, such as only the count.
    public var select: Select?

    /// Creates the input.
    public init(
        tableName: String,
        indexName: String? = nil,
        filterExpression: String? = nil,
        projectionExpression: String? = nil,
        expressionAttributeNames: [String: String] = [:],
        expressionAttributeValues: DynamoDBItem = [:],
        limit: Int? = nil,
        exclusiveStartKey: DynamoDBItem? = nil,
        consistentRead: Bool? = nil,
        segment: Int? = nil,
        totalSegments: Int? = nil,
        select: Select? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.consistentRead = consistentRead
        self.segment = segment
        self.totalSegments = totalSegments
        self.select = select
    }

    /// Encodes the AWS JSON shape, leaving out empty and absent members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(tableName, forKey: .tableName)
        try container.encodeIfPresent(indexName, forKey: .indexName)
        try container.encodeIfPresent(filterExpression, forKey: .filterExpression)
        try container.encodeIfPresent(projectionExpression, forKey: .projectionExpression)
        try container.encodeUnlessEmpty(expressionAttributeNames, forKey: .expressionAttributeNames)
        try container.encodeUnlessEmpty(expressionAttributeValues, forKey: .expressionAttributeValues)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(exclusiveStartKey, forKey: .exclusiveStartKey)
        try container.encodeIfPresent(consistentRead, forKey: .consistentRead)
        try container.encodeIfPresent(segment, forKey: .segment)
        try container.encodeIfPresent(totalSegments, forKey: .totalSegments)
        try container.encodeIfPresent(select, forKey: .select)
    }
}
