/// The input of BatchWriteItem: up to 25 puts and deletes, over one or more tables.
public struct BatchWriteItemRequest: Sendable, Encodable {
    /// The writes, by table name.
    public var requestItems: [String: [WriteRequest]]

    /// Creates the input.
    public init(requestItems: [String: [WriteRequest]]) {
        self.requestItems = requestItems
    }

    private enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}
