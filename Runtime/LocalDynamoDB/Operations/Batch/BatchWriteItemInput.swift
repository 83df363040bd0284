/// The BatchWriteItem request.
public struct BatchWriteItemInput: Codable, Sendable, Hashable {
    /// Table name to the puts and deletes for it; at most 25 entries in all.
    public var requestItems: [String: [WriteRequest]]

    /// Creates a request.
    public init(requestItems: [String: [WriteRequest]]) {
        self.requestItems = requestItems
    }

    enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}
