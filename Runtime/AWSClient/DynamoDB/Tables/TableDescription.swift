/// What DescribeTable and CreateTable report about a table.
public struct TableDescription: Sendable, Decodable {
    /// The table's name.
    public var tableName: String
    /// `CREATING`, `ACTIVE`, `UPDATING`, `DELETING`, ...
    public var tableStatus: String
    /// The table's ARN.
    public var tableARN: String?
    /// The primary key.
    public var keySchema: [KeySchemaElement]
    /// The types of the key attributes.
    public var attributeDefinitions: [AttributeDefinition]
    /// The approximate number of items, updated about every six hours in AWS.
    public var itemCount: Int?
    /// How throughput is paid for, when reported.
    public var billingMode: BillingMode?
    /// Global secondary indexes.
    public var globalSecondaryIndexes: [SecondaryIndex]
    /// Local secondary indexes.
    public var localSecondaryIndexes: [SecondaryIndex]
    /// The stream settings, when the table has had a stream.
    public var streamSpecification: StreamSpecification?
    /// The current stream's ARN.
    public var latestStreamARN: String?

    /// Whether the table can be read and written.
    public var isActive: Bool { tableStatus == "ACTIVE" }

    private enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case tableStatus = "TableStatus"
        case tableARN = "TableArn"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
        case itemCount = "ItemCount"
        case billingModeSummary = "BillingModeSummary"
        case globalSecondaryIndexes = "GlobalSecondaryIndexes"
        case localSecondaryIndexes = "LocalSecondaryIndexes"
        case streamSpecification = "StreamSpecification"
        case latestStreamARN = "LatestStreamArn"
    }

    private struct BillingModeSummary: Decodable {
        var billingMode: BillingMode?

        private enum CodingKeys: String, CodingKey {
            case billingMode = "BillingMode"
        }
    }

    /// Decodes a description; members a table does not have are empty or `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tableName = try container.decode(String.self, forKey: .tableName)
        tableStatus = try container.decodeIfPresent(String.self, forKey: .tableStatus) ?? "ACTIVE"
        tableARN = try container.decodeIfPresent(String.self, forKey: .tableARN)
        keySchema = try container.decodeIfPresent([KeySchemaElement].self, forKey: .keySchema) ?? []
        attributeDefinitions =
            try container.decodeIfPresent([AttributeDefinition].self, forKey: .attributeDefinitions) ?? []
        itemCount = try container.decodeIfPresent(Int.self, forKey: .itemCount)
        billingMode = try container.decodeIfPresent(BillingModeSummary.self, forKey: .billingModeSummary)?.billingMode
        globalSecondaryIndexes =
            try container.decodeIfPresent([SecondaryIndex].self, forKey: .globalSecondaryIndexes) ?? []
        localSecondaryIndexes =
            try container.decodeIfPresent([SecondaryIndex].self, forKey: .localSecondaryIndexes) ?? []
        streamSpecification = try container.decodeIfPresent(StreamSpecification.self, forKey: .streamSpecification)
        latestStreamARN = try container.decodeIfPresent(String.self, forKey: .latestStreamARN)
    }
}
