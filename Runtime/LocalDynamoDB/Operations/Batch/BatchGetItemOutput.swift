import LambdaEvents

/// The BatchGetItem answer.
public struct BatchGetItemOutput: Codable, Sendable, Hashable {
    /// Table name to the items found, projected; missing items are simply absent.
    public var responses: [String: [DynamoDBItem]]
    /// Always empty locally, present because clients loop until it is empty.
    public var unprocessedKeys: [String: KeysAndAttributes]

    /// Creates an answer.
    public init(responses: [String: [DynamoDBItem]], unprocessedKeys: [String: KeysAndAttributes] = [:]) {
        self.responses = responses
        self.unprocessedKeys = unprocessedKeys
    }

    enum CodingKeys: String, CodingKey {
        case responses = "Responses"
        case unprocessedKeys = "UnprocessedKeys"
    }
}
