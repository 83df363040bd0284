import LambdaEvents

/// An error the local DynamoDB answers a request with: the `__type` exception name and message as
/// the service sends them, plus the per-item reasons of a cancelled transaction.
///
/// It widens `DynamoDBError` (the expression layer's codes) with the exceptions only whole
/// operations raise, so the endpoint serializes a single type.
public struct DynamoDBServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The exception name DynamoDB puts after `#` in `__type`, such as `ResourceInUseException`.
    public let code: String
    /// The human-readable message, as DynamoDB sends it.
    public let message: String
    /// For `TransactionCanceledException`, one reason per request item, in request order.
    public let cancellationReasons: [CancellationReason]?
    /// For `ConditionalCheckFailedException` with `ReturnValuesOnConditionCheckFailure: ALL_OLD`,
    /// the item as it was.
    public let item: DynamoDBItem?

    /// Creates an error with a code and DynamoDB's message.
    public init(code: String, message: String, cancellationReasons: [CancellationReason]? = nil, item: DynamoDBItem? = nil) {
        self.code = code
        self.message = message
        self.cancellationReasons = cancellationReasons
        self.item = item
    }

    /// Wraps an expression-layer error unchanged.
    public init(_ error: DynamoDBError, item: DynamoDBItem? = nil) {
        self.init(code: error.code.rawValue, message: error.message, item: item)
    }

    /// The full `__type` value of the JSON error body.
    public var type: String { "com.amazonaws.dynamodb.v20120810#\(code)" }

    /// `Code: message`.
    public var description: String { "\(code): \(message)" }
}
