import LambdaEvents

/// One entry of BatchWriteItem's `RequestItems`: exactly one of a put or a delete.
public struct WriteRequest: Codable, Sendable, Hashable {
    /// The item to write.
    public var putRequest: PutRequest?
    /// The key to delete.
    public var deleteRequest: DeleteRequest?

    /// Creates an entry; set exactly one member.
    public init(putRequest: PutRequest? = nil, deleteRequest: DeleteRequest? = nil) {
        self.putRequest = putRequest
        self.deleteRequest = deleteRequest
    }

    /// A put entry.
    public static func put(_ item: DynamoDBItem) -> WriteRequest {
        WriteRequest(putRequest: PutRequest(item: item))
    }

    /// A delete entry.
    public static func delete(_ key: DynamoDBItem) -> WriteRequest {
        WriteRequest(deleteRequest: DeleteRequest(key: key))
    }

    enum CodingKeys: String, CodingKey {
        case putRequest = "PutRequest"
        case deleteRequest = "DeleteRequest"
    }
}
