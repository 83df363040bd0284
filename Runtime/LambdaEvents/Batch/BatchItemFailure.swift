/// One failed record of a batch, in a ``PartialBatchResponse``.
public struct BatchItemFailure: Codable, Sendable, Hashable {
    /// The record's identifier: its sequence number for DynamoDB streams.
    public var itemIdentifier: String

    /// Creates a failure for the record with this identifier.
    public init(itemIdentifier: String) {
        self.itemIdentifier = itemIdentifier
    }
}
