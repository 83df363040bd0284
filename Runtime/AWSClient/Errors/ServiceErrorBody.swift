import LambdaEvents

/// The JSON body of an AWS JSON protocol error. Every field is read on its own so that one odd
/// field (an item that does not decode) never hides the error code.
struct ServiceErrorBody: Decodable {
    var type: String?
    var message: String?
    var cancellationReasons: [CancellationReason]?
    var item: DynamoDBItem?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try? container.decodeIfPresent(String.self, forKey: .type)
        // DynamoDB writes `message`, EventBridge and some DynamoDB errors write `Message`.
        message = (try? container.decodeIfPresent(String.self, forKey: .message))
            ?? (try? container.decodeIfPresent(String.self, forKey: .capitalizedMessage))
        cancellationReasons = try? container.decodeIfPresent([CancellationReason].self, forKey: .cancellationReasons)
        item = try? container.decodeIfPresent(DynamoDBItem.self, forKey: .item)
    }

    private enum CodingKeys: String, CodingKey {
        case type = "__type"
        case message
        case capitalizedMessage = "Message"
        case cancellationReasons = "CancellationReasons"
        case item = "Item"
    }

    /// The code in an error type such as `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException`
    /// or a header such as `ValidationException:http://internal.amazon.com/coral/...`.
    static func code(fromType type: Substring) -> Substring {
        var code = type
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return code
    }
}
