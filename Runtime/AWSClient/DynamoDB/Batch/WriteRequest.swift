import LambdaEvents

/// One write of a BatchWriteItem: put a whole item, or delete one by key.
public enum WriteRequest: Sendable, Hashable, Codable {
    /// `{"PutRequest": {"Item": ...}}`: writes the item, replacing any with the same key.
    case put(item: DynamoDBItem)
    /// `{"DeleteRequest": {"Key": ...}}`: deletes the item with this key, if any.
    case delete(key: DynamoDBItem)

    private enum CodingKeys: String, CodingKey {
        case putRequest = "PutRequest"
        case deleteRequest = "DeleteRequest"
    }

    /// Decodes either shape; anything else is an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let put = try container.decodeIfPresent([String: DynamoDBItem].self, forKey: .putRequest),
            let item = put["Item"]
        {
            self = .put(item: item)
        } else if let delete = try container.decodeIfPresent([String: DynamoDBItem].self, forKey: .deleteRequest),
            let key = delete["Key"]
        {
            self = .delete(key: key)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "a write request needs PutRequest.Item or DeleteRequest.Key"))
        }
    }

    /// Encodes the AWS JSON shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .put(let item): try container.encode(["Item": item], forKey: .putRequest)
        case .delete(let key): try container.encode(["Key": key], forKey: .deleteRequest)
        }
    }
}
