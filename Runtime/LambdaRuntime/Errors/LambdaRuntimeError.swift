/// Why the runtime loop stopped. Every case ends the process: Lambda starts a new one.
public struct LambdaRuntimeError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: Sendable, Equatable {
        /// `AWS_LAMBDA_RUNTIME_API` is not set: the binary was not started by Lambda or lambda-local.
        case missingRuntimeAPIAddress
        /// The Runtime API could not be reached, even after retries.
        case runtimeAPIUnreachable
        /// The Runtime API answered with a status that means the environment is broken (for example 500).
        case runtimeAPIFailed(status: Int)
        /// A `/next` answer lacked the request id, so the invocation cannot be answered.
        case missingRequestID
        /// The function's init phase threw; the error was reported to `/runtime/init/error`.
        case initializationFailed
        /// The loop's task was cancelled.
        case cancelled
    }

    /// The kind of failure.
    public let code: Code
    /// One line that says what happened, for the log.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
