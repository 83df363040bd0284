/// A secondary index as DescribeTable reports it.
public struct IndexDescription: Codable, Sendable, Hashable {
    /// The index's name.
    public var indexName: String
    /// The index's key.
    public var keySchema: [KeySchemaElement]
    /// The attributes copied into the index.
    public var projection: Projection
    /// `ACTIVE` for global indexes; absent for local ones.
    public var indexStatus: String?
    /// How many items the index holds.
    public var itemCount: Int
    /// The index's size in bytes.
    public var indexSizeBytes: Int
    /// The index's ARN.
    public var indexArn: String

    enum CodingKeys: String, CodingKey {
        case indexName = "IndexName"
        case keySchema = "KeySchema"
        case projection = "Projection"
        case indexStatus = "IndexStatus"
        case itemCount = "ItemCount"
        case indexSizeBytes = "IndexSizeBytes"
        case indexArn = "IndexArn"
    }
}
