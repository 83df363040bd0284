import LambdaEvents

/// The GetItem answer: `Item` absent when nothing is stored under the key.
public struct GetItemOutput: Codable, Sendable, Hashable {
    /// The item, projected.
    public var item: DynamoDBItem?

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}
