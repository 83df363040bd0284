/// The TransactWriteItems answer: an empty object, since capacity and collection metrics are
/// not tracked locally.
public struct TransactWriteItemsOutput: Codable, Sendable, Hashable {
    /// Creates the answer.
    public init() {}
}
