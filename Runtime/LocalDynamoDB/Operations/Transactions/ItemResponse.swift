import LambdaEvents

/// One entry of TransactGetItems' `Responses`: the item, or an empty object when none is stored.
public struct ItemResponse: Codable, Sendable, Hashable {
    /// The item, projected.
    public var item: DynamoDBItem?

    /// Creates an entry.
    public init(item: DynamoDBItem?) {
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}
