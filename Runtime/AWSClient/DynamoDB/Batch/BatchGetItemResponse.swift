import LambdaEvents

/// The output of BatchGetItem.
public struct BatchGetItemResponse: Sendable, Decodable {
    /// The items found, by table, in no particular order; keys with no item are simply absent.
    public var responses: [String: [DynamoDBItem]]
    /// The keys DynamoDB did not get to, by table; empty when all were read. The client has
    /// already asked for them again as often as its retry policy allows.
    public var unprocessedKeys: [String: KeysAndAttributes]

    /// Creates an output.
    public init(responses: [String: [DynamoDBItem]], unprocessedKeys: [String: KeysAndAttributes] = [:]) {
        self.responses = responses
        self.unprocessedKeys = unprocessedKeys
    }

    /// Decodes the output; missing members are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamoDBField.self)
        responses = try container.decodeIfPresent([String: [DynamoDBItem]].self, forKey: .responses) ?? [:]
        unprocessedKeys =
            try container.decodeIfPresent([String: KeysAndAttributes].self, forKey: .unprocessedKeys) ?? [:]
    }
}
