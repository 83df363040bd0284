/// The input of BatchGetItem: up to 100 items by key, over one or more tables.
public struct BatchGetItemRequest: Sendable, Encodable {
    /// The keys to read, by table name.
    public var requestItems: [String: KeysAndAttributes]

    /// Creates the input.
    public init(requestItems: [String: KeysAndAttributes]) {
        self.requestItems = requestItems
    }

    private enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}
