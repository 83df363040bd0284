/// The names of a table's or index's key attributes.
public struct KeySchema: Sendable, Hashable {
    /// The partition (hash) key.
    public let partitionKey: String
    /// The sort (range) key, if the table has one.
    public let sortKey: String?

    /// Creates a key schema.
    public init(partitionKey: String, sortKey: String? = nil) {
        self.partitionKey = partitionKey
        self.sortKey = sortKey
    }
}
