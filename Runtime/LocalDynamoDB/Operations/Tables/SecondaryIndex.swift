/// A global or local secondary index as CreateTable declares it (`GlobalSecondaryIndexes`,
/// `LocalSecondaryIndexes`); throughput members are accepted and ignored.
public struct SecondaryIndex: Codable, Sendable, Hashable {
    /// The index's name, unique within the table.
    public var indexName: String
    /// The index's partition and sort key.
    public var keySchema: [KeySchemaElement]
    /// The attributes copied into the index.
    public var projection: Projection

    /// Creates an index declaration.
    public init(indexName: String, keySchema: [KeySchemaElement], projection: Projection = Projection()) {
        self.indexName = indexName
        self.keySchema = keySchema
        self.projection = projection
    }

    enum CodingKeys: String, CodingKey {
        case indexName = "IndexName"
        case keySchema = "KeySchema"
        case projection = "Projection"
    }
}
