/// The input of TransactWriteItems: up to 100 actions on distinct items, all or nothing.
///
/// When any condition fails the call throws ``AWSError`` with code
/// ``AWSError/Code/transactionCanceled`` and one ``CancellationReason`` per action.
public struct TransactWriteItemsRequest: Sendable, Encodable {
    /// The actions, in order; the cancellation reasons follow the same order.
    public var transactItems: [TransactWriteItem]
    /// A token that makes the call idempotent for ten minutes: a retry with the same token is
    /// not applied twice.
    public var clientRequestToken: String?

    /// Creates the input.
    public init(transactItems: [TransactWriteItem], clientRequestToken: String? = nil) {
        self.transactItems = transactItems
        self.clientRequestToken = clientRequestToken
    }

    /// Encodes the AWS JSON shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamoDBField.self)
        try container.encode(transactItems, forKey: .transactItems)
        try container.encodeIfPresent(clientRequestToken, forKey: .clientRequestToken)
    }
}
