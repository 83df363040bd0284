import LambdaEvents

/// A put inside BatchWriteItem: the whole item, written without a condition.
public struct PutRequest: Codable, Sendable, Hashable {
    /// The whole item, keys included.
    public var item: DynamoDBItem

    /// Creates a put.
    public init(item: DynamoDBItem) {
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}
