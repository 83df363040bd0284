/// The TransactGetItems answer.
public struct TransactGetItemsOutput: Codable, Sendable, Hashable {
    /// One entry per read, in request order.
    public var responses: [ItemResponse]

    /// Creates an answer.
    public init(responses: [ItemResponse]) {
        self.responses = responses
    }

    enum CodingKeys: String, CodingKey {
        case responses = "Responses"
    }
}
