/// The BatchWriteItem answer.
public struct BatchWriteItemOutput: Codable, Sendable, Hashable {
    /// Always empty locally: there is no throughput limit to leave entries unprocessed, and
    /// clients loop until it is empty, so it must be present.
    public var unprocessedItems: [String: [WriteRequest]]

    /// Creates an answer.
    public init(unprocessedItems: [String: [WriteRequest]] = [:]) {
        self.unprocessedItems = unprocessedItems
    }

    enum CodingKeys: String, CodingKey {
        case unprocessedItems = "UnprocessedItems"
    }
}
