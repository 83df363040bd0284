/// A global or local secondary index, as created with a table and as described by DescribeTable.
public struct SecondaryIndex: Sendable, Hashable, Codable {
    /// The index's name.
    public var indexName: String
    /// The index's key: a partition key and optionally a sort key.
    public var keySchema: [KeySchemaElement]
    /// Which attributes the index holds.
    public var projection: Projection
    /// Capacity for a global index of a ``BillingMode/provisioned`` table.
    public var provisionedThroughput: ProvisionedThroughput?
    /// `CREATING`, `ACTIVE`, ... (descriptions of global indexes only).
    public var indexStatus: String?

    /// Creates an index definition.
    public init(
        indexName: String,
        keySchema: [KeySchemaElement],
        projection: Projection = .all,
        provisionedThroughput: ProvisionedThroughput? = nil
    ) {
        self.indexName = indexName
        self.keySchema = keySchema
        self.projection = projection
        self.provisionedThroughput = provisionedThroughput
        self.indexStatus = nil
    }

    private enum CodingKeys: String, CodingKey {
        case indexName = "IndexName"
        case keySchema = "KeySchema"
        case projection = "Projection"
        case provisionedThroughput = "ProvisionedThroughput"
        case indexStatus = "IndexStatus"
    }

    /// Decodes a description; DescribeTable adds fields that creating an index does not take.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        indexName = try container.decode(String.self, forKey: .indexName)
        keySchema = try container.decode([KeySchemaElement].self, forKey: .keySchema)
        projection = try container.decodeIfPresent(Projection.self, forKey: .projection) ?? .all
        // Descriptions report capacity with extra counters and zeros for on-demand tables.
        provisionedThroughput = try? container.decodeIfPresent(ProvisionedThroughput.self, forKey: .provisionedThroughput)
        indexStatus = try container.decodeIfPresent(String.self, forKey: .indexStatus)
    }

    /// Encodes the shape CreateTable takes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indexName, forKey: .indexName)
        try container.encode(keySchema, forKey: .keySchema)
        try container.encode(projection, forKey: .projection)
        try container.encodeIfPresent(provisionedThroughput, forKey: .provisionedThroughput)
    }
}
