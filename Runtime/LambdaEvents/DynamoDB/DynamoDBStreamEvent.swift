/// The event Lambda delivers from a DynamoDB stream: a batch of item changes, in stream order
/// per partition key.
///
/// To retry only part of a batch, answer with a ``PartialBatchResponse`` naming the sequence
/// number of the first record that failed.
public struct DynamoDBStreamEvent: Codable, Sendable, Hashable {
    /// The changes, in stream order (`Records` on the wire).
    public var records: [Record]

    /// Creates an event from its records.
    public init(records: [Record]) {
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
    }
}
