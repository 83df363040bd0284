/// The input of CreateTable, for local use: tables in AWS come from the SAM template.
public struct CreateTableRequest: Sendable, Encodable {
    /// The table's name.
    public var tableName: String
    /// The primary key: a partition key and optionally a sort key.
    public var keySchema: [KeySchemaElement]
    /// The types of every attribute used in a key, of the table or of an index.
    public var attributeDefinitions: [AttributeDefinition]
    /// How throughput is paid for; on demand by default.
    public var billingMode: BillingMode
    /// Capacity, required with ``BillingMode/provisioned``.
    public var provisionedThroughput: ProvisionedThroughput?
    /// Global secondary indexes.
    public var globalSecondaryIndexes: [SecondaryIndex]
    /// Local secondary indexes (same partition key, another sort key).
    public var localSecondaryIndexes: [SecondaryIndex]
    /// The table's stream.
    public var streamSpecification: StreamSpecification?

    /// Creates the input.
    public init(
        tableName: String,
        keySchema: [KeySchemaElement],
        attributeDefinitions: [AttributeDefinition],
        billingMode: BillingMode = .payPerRequest,
        provisionedThroughput: ProvisionedThroughput? = nil,
        globalSecondaryIndexes: [SecondaryIndex] = [],
        localSecondaryIndexes: [SecondaryIndex] = [],
        streamSpecification: StreamSpecification? = nil
    ) {
        self.tableName = tableName
        self.keySchema = keySchema
        self.attributeDefinitions = attributeDefinitions
        self.billingMode = billingMode
        self.provisionedThroughput = provisionedThroughput
        self.globalSecondaryIndexes = globalSecondaryIndexes
        self.localSecondaryIndexes = localSecondaryIndexes
        self.streamSpecification = streamSpecification
    }

    private enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
        case billingMode = "BillingMode"
        case provisionedThroughput = "ProvisionedThroughput"
        case globalSecondaryIndexes = "GlobalSecondaryIndexes"
        case localSecondaryIndexes = "LocalSecondaryIndexes"
        case streamSpecification = "StreamSpecification"
    }

    /// Encodes the AWS JSON shape; empty index lists are left out, as DynamoDB requires.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tableName, forKey: .tableName)
        try container.encode(keySchema, forKey: .keySchema)
        try container.encode(attributeDefinitions, forKey: .attributeDefinitions)
        try container.encode(billingMode, forKey: .billingMode)
        try container.encodeIfPresent(provisionedThroughput, forKey: .provisionedThroughput)
        try container.encodeUnlessEmpty(globalSecondaryIndexes, forKey: .globalSecondaryIndexes)
        try container.encodeUnlessEmpty(localSecondaryIndexes, forKey: .localSecondaryIndexes)
        try container.encodeIfPresent(streamSpecification, forKey: .streamSpecification)
    }
}
