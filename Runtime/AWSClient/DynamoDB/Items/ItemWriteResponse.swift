import LambdaEvents

/// The output of PutItem, UpdateItem and DeleteItem: the attributes `ReturnValues` asked for.
public struct ItemWriteResponse: Sendable, Decodable {
    /// The returned attributes, or `nil` when none were asked for (or there was no old item).
    public var attributes: DynamoDBItem?

    /// Creates an output.
    public init(attributes: DynamoDBItem?) {
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case attributes = "Attributes"
    }

    /// The returned attributes decoded as `type`, or `nil` when there are none.
    public func decodeAttributes<Value: Decodable>(
        as type: Value.Type = Value.self,
        using decoder: DynamoDBItemDecoder = DynamoDBItemDecoder()
    ) throws -> Value? {
        try attributes.map { try decoder.decode(type, from: $0) }
    }
}

/// The output of PutItem.
public typealias PutItemResponse = ItemWriteResponse
/// The output of UpdateItem.
public typealias UpdateItemResponse = ItemWriteResponse
/// The output of DeleteItem.
public typealias DeleteItemResponse = ItemWriteResponse
