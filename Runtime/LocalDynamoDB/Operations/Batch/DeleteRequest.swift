import LambdaEvents

/// A delete inside BatchWriteItem: the key of the item to remove, without a condition.
public struct DeleteRequest: Codable, Sendable, Hashable {
    /// The item's key attributes, exactly.
    public var key: DynamoDBItem

    /// Creates a delete.
    public init(key: DynamoDBItem) {
        self.key = key
    }

    enum CodingKeys: String, CodingKey {
        case key = "Key"
    }
}
