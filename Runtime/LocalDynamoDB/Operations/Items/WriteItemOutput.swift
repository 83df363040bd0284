import LambdaEvents

/// The answer of PutItem, UpdateItem and DeleteItem: the `Attributes` `ReturnValues` asked for.
public struct WriteItemOutput: Codable, Sendable, Hashable {
    /// Absent for `NONE` or when there is nothing to return.
    public var attributes: DynamoDBItem?

    enum CodingKeys: String, CodingKey {
        case attributes = "Attributes"
    }
}
