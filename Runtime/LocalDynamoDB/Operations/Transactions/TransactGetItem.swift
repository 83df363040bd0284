/// One read of TransactGetItems.
public struct TransactGetItem: Codable, Sendable, Hashable {
    /// The item to read, as GetItem names it; `ConsistentRead` is not part of this API and is ignored.
    public var get: GetItemInput

    /// Creates a read.
    public init(get: GetItemInput) {
        self.get = get
    }

    enum CodingKeys: String, CodingKey {
        case get = "Get"
    }
}
