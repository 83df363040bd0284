import CurlHTTP
import LambdaEvents

/// Every failure of this module: an error AWS answered with, a connection that failed, an answer
/// that could not be read, a request that could not be built, or a configuration that is incomplete.
///
/// Service errors carry AWS's own ``code`` and ``message``; match on the code:
///
/// ```swift
/// do { try await dynamo.putItem(request) }
/// catch where error.code == .conditionalCheckFailed { ... }
/// ```
public struct AWSError: Error, Sendable, CustomStringConvertible {
    /// Where the failure happened, which decides whether ``code`` is AWS's or this module's.
    public enum Kind: Sendable, Equatable {
        /// The service answered with an error; ``code`` and ``message`` are AWS's.
        case service
        /// No answer arrived: the connection failed, broke or timed out (see ``connectionError``).
        case connection
        /// An answer arrived that is not what the protocol promises (undecodable JSON, a bad checksum).
        case invalidResponse
        /// The request could not be sent as given (it could not be encoded, or breaks a documented limit).
        case invalidRequest
        /// The configuration is incomplete or wrong (no region, no credentials, a bad endpoint URL).
        case configuration
    }

    /// Where the failure happened.
    public var kind: Kind
    /// AWS's error code, such as `ConditionalCheckFailedException`, or this module's for other kinds.
    public var code: Code
    /// AWS's message, or a description of what went wrong.
    public var message: String
    /// The service's signing name, such as `dynamodb` or `events`; empty for configuration errors.
    public var service: String
    /// The HTTP status of the answer, when there was one.
    public var statusCode: Int?
    /// AWS's request ID (`x-amzn-RequestId`), for support cases and log searches.
    public var requestID: String?
    /// For `TransactionCanceledException`: one reason per transaction item, in request order.
    public var cancellationReasons: [CancellationReason]
    /// For `ConditionalCheckFailedException` with `ReturnValuesOnConditionCheckFailure` `ALL_OLD`:
    /// the item as it was.
    public var item: DynamoDBItem?
    /// For ``Kind/connection``: libcurl's view of the failure.
    public var connectionError: CurlError?
    /// How many attempts were made before giving up (1 when the error was not retried).
    public var attempts: Int

    /// Creates an error from its parts.
    public init(
        kind: Kind,
        code: Code,
        message: String,
        service: String = "",
        statusCode: Int? = nil,
        requestID: String? = nil,
        cancellationReasons: [CancellationReason] = [],
        item: DynamoDBItem? = nil,
        connectionError: CurlError? = nil,
        attempts: Int = 1
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.service = service
        self.statusCode = statusCode
        self.requestID = requestID
        self.cancellationReasons = cancellationReasons
        self.item = item
        self.connectionError = connectionError
        self.attempts = attempts
    }

    init(configuration code: Code, _ message: String) {
        self.init(kind: .configuration, code: code, message: message)
    }

    /// One line: service, code, message, and the request ID and status when known.
    public var description: String {
        var text = service.isEmpty ? "\(code): \(message)" : "\(service) \(code): \(message)"
        if let statusCode { text += " (HTTP \(statusCode)" + (requestID.map { ", request \($0))" } ?? ")") }
        if !cancellationReasons.isEmpty {
            text += " reasons: [" + cancellationReasons.map(\.code.rawValue).joined(separator: ", ") + "]"
        }
        if attempts > 1 { text += " after \(attempts) attempts" }
        return text
    }
}
