/// The BatchGetItem request.
public struct BatchGetItemInput: Codable, Sendable, Hashable {
    /// Table name to the keys read from it; at most 100 keys in all.
    public var requestItems: [String: KeysAndAttributes]

    /// Creates a request.
    public init(requestItems: [String: KeysAndAttributes]) {
        self.requestItems = requestItems
    }

    enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}
