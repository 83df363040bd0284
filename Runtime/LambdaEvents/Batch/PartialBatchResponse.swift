/// A function's answer to a stream or queue batch when only some records failed, so that Lambda
/// retries from the first failure instead of the whole batch:
/// `{"batchItemFailures":[{"itemIdentifier":"..."}]}`.
///
/// Lambda honours it only when the event source mapping lists `ReportBatchItemFailures` in its
/// `FunctionResponseTypes`. For DynamoDB streams the item identifier is the record's sequence
/// number. An empty list means the whole batch succeeded.
public struct PartialBatchResponse: Codable, Sendable, Hashable {
    /// The records that failed.
    public var batchItemFailures: [BatchItemFailure]

    /// Creates a response from its failures.
    public init(batchItemFailures: [BatchItemFailure] = []) {
        self.batchItemFailures = batchItemFailures
    }

    /// Creates a response naming the failed records by identifier.
    public init(failedItemIdentifiers: [String]) {
        self.init(batchItemFailures: failedItemIdentifiers.map(BatchItemFailure.init(itemIdentifier:)))
    }
}
