import LambdaEvents

/// The output of GetItem.
public struct GetItemResponse: Sendable, Decodable {
    /// The item, or `nil` when no item has the key.
    public var item: DynamoDBItem?

    /// Creates an output.
    public init(item: DynamoDBItem?) {
        self.item = item
    }

    private enum CodingKeys: String, CodingKey {
        case item = "Item"
    }

    /// The item decoded as `type`, or `nil` when there is none.
    public func decodeItem<Value: Decodable>(
        as type: Value.Type = Value.self,
        using decoder: DynamoDBItemDecoder = DynamoDBItemDecoder()
    ) throws -> Value? {
        try item.map { try decoder.decode(type, from: $0) }
    }
}
