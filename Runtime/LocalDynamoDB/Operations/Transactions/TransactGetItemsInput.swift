/// The TransactGetItems request.
public struct TransactGetItemsInput: Codable, Sendable, Hashable {
    /// Up to 100 reads, of distinct items.
    public var transactItems: [TransactGetItem]

    /// Creates a request.
    public init(transactItems: [TransactGetItem]) {
        self.transactItems = transactItems
    }

    enum CodingKeys: String, CodingKey {
        case transactItems = "TransactItems"
    }
}
