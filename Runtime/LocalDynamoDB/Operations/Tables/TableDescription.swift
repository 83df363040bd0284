/// A table as CreateTable, DescribeTable and DeleteTable report it.
public struct TableDescription: Codable, Sendable, Hashable {
    /// The table's name.
    public var tableName: String
    /// Always `ACTIVE`: the local store creates and deletes tables at once.
    public var tableStatus: String
    /// The table's key.
    public var keySchema: [KeySchemaElement]
    /// The key attributes' types.
    public var attributeDefinitions: [AttributeDefinition]
    /// When the table was created, in seconds since 1970.
    public var creationDateTime: Double
    /// How many items the table holds.
    public var itemCount: Int
    /// The sum of the items' sizes.
    public var tableSizeBytes: Int
    /// The table's ARN.
    public var tableArn: String
    /// The global secondary indexes.
    public var globalSecondaryIndexes: [IndexDescription]?
    /// The local secondary indexes.
    public var localSecondaryIndexes: [IndexDescription]?
    /// The stream, when the table has one.
    public var streamSpecification: StreamSpecification?
    /// The stream's ARN, when the table streams.
    public var latestStreamArn: String?
    /// The stream's label (its creation time), when the table streams.
    public var latestStreamLabel: String?
    /// Whether DeleteTable is refused until the protection is turned off.
    public var deletionProtectionEnabled: Bool = false
    /// How the table is billed.
    public var billingModeSummary: BillingModeSummary?
    /// The table's capacity: zeros when it is billed per request.
    public var provisionedThroughput: ProvisionedThroughputDescription?

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case tableStatus = "TableStatus"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
        case creationDateTime = "CreationDateTime"
        case itemCount = "ItemCount"
        case tableSizeBytes = "TableSizeBytes"
        case tableArn = "TableArn"
        case globalSecondaryIndexes = "GlobalSecondaryIndexes"
        case localSecondaryIndexes = "LocalSecondaryIndexes"
        case streamSpecification = "StreamSpecification"
        case latestStreamArn = "LatestStreamArn"
        case latestStreamLabel = "LatestStreamLabel"
        case deletionProtectionEnabled = "DeletionProtectionEnabled"
        case billingModeSummary = "BillingModeSummary"
        case provisionedThroughput = "ProvisionedThroughput"
    }
}
