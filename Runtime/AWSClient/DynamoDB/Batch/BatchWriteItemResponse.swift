/// The output of BatchWriteItem.
public struct BatchWriteItemResponse: Sendable, Decodable {
    /// The writes DynamoDB did not get to, by table; empty when all were done. The client has
    /// already resent them as often as its retry policy allows.
    public var unprocessedItems: [String: [WriteRequest]]

    /// Creates an output.
    public init(unprocessedItems: [String: [WriteRequest]] = [:]) {
        self.unprocessedItems = unprocessedItems
    }

    /// Decodes the output; a missing `UnprocessedItems` means all were done.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamoDBField.self)
        unprocessedItems = try container.decodeIfPresent([String: [WriteRequest]].self, forKey: .unprocessedItems) ?? [:]
    }
}
