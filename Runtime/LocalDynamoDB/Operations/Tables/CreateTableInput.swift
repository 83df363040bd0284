/// The CreateTable request.
public struct CreateTableInput: Codable, Sendable, Hashable {
    /// The new table's name.
    public var tableName: String
    /// The table's partition key and optional sort key.
    public var keySchema: [KeySchemaElement]
    /// The types of every key attribute of the table and its indexes, and of nothing else.
    public var attributeDefinitions: [AttributeDefinition]
    /// Up to 20 global secondary indexes.
    public var globalSecondaryIndexes: [SecondaryIndex]?
    /// Up to 5 local secondary indexes, sharing the table's partition key.
    public var localSecondaryIndexes: [SecondaryIndex]?
    /// The table's stream, if any.
    public var streamSpecification: StreamSpecification?
    /// `PAY_PER_REQUEST` or `PROVISIONED` (the default); kept and reported, never enforced.
    public var billingMode: String?
    /// The capacity of a `PROVISIONED` table; kept and reported, never enforced.
    public var provisionedThroughput: ProvisionedThroughput?
    /// Whether DeleteTable is refused until the protection is turned off.
    public var deletionProtectionEnabled: Bool?

    /// Creates a request.
    public init(
        tableName: String, keySchema: [KeySchemaElement], attributeDefinitions: [AttributeDefinition],
        globalSecondaryIndexes: [SecondaryIndex]? = nil, localSecondaryIndexes: [SecondaryIndex]? = nil,
        streamSpecification: StreamSpecification? = nil, billingMode: String? = nil,
        deletionProtectionEnabled: Bool? = nil, provisionedThroughput: ProvisionedThroughput? = nil
    ) {
        self.tableName = tableName
        self.keySchema = keySchema
        self.attributeDefinitions = attributeDefinitions
        self.globalSecondaryIndexes = globalSecondaryIndexes
        self.localSecondaryIndexes = localSecondaryIndexes
        self.streamSpecification = streamSpecification
        self.billingMode = billingMode
        self.deletionProtectionEnabled = deletionProtectionEnabled
        self.provisionedThroughput = provisionedThroughput
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
        case globalSecondaryIndexes = "GlobalSecondaryIndexes"
        case localSecondaryIndexes = "LocalSecondaryIndexes"
        case streamSpecification = "StreamSpecification"
        case billingMode = "BillingMode"
        case deletionProtectionEnabled = "DeletionProtectionEnabled"
        case provisionedThroughput = "ProvisionedThroughput"
    }
}
