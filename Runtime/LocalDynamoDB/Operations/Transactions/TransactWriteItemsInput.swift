/// The TransactWriteItems request.
public struct TransactWriteItemsInput: Codable, Sendable, Hashable {
    /// Up to 100 actions, on distinct items.
    public var transactItems: [TransactWriteItem]
    /// Accepted; a local store does not remember tokens, so a retried request runs again.
    public var clientRequestToken: String?

    /// Creates a request.
    public init(transactItems: [TransactWriteItem], clientRequestToken: String? = nil) {
        self.transactItems = transactItems
        self.clientRequestToken = clientRequestToken
    }

    enum CodingKeys: String, CodingKey {
        case transactItems = "TransactItems"
        case clientRequestToken = "ClientRequestToken"
    }
}
