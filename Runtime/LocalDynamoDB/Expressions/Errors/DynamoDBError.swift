/// An error DynamoDB would answer with: the `__type` code and the message, exactly as the service
/// words them, so the HTTP layer only has to serialize it.
public struct DynamoDBError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The exception name DynamoDB puts after `#` in `__type`.
    public enum Code: String, Sendable, Hashable {
        /// The request is malformed: bad expression, bad value, limits exceeded.
        case validation = "ValidationException"
        /// A `ConditionExpression` evaluated to false.
        case conditionalCheckFailed = "ConditionalCheckFailedException"
        /// The table or index does not exist.
        case resourceNotFound = "ResourceNotFoundException"
    }

    /// Which exception this is.
    public let code: Code
    /// The human-readable message, as DynamoDB sends it.
    public let message: String

    /// Creates an error with a code and DynamoDB's message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The full `__type` value of the JSON error body.
    public var type: String { "com.amazonaws.dynamodb.v20120810#\(code.rawValue)" }

    /// `ValidationException: <message>`.
    public var description: String { "\(code.rawValue): \(message)" }

    /// A `ValidationException` with `message`.
    public static func validation(_ message: String) -> DynamoDBError {
        DynamoDBError(.validation, message)
    }

    /// The error a failed `ConditionExpression` produces.
    public static let conditionalCheckFailed = DynamoDBError(.conditionalCheckFailed, "The conditional request failed")
}
