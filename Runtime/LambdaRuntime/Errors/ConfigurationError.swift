/// The environment the runtime was started in is not one it can run in, for example an
/// `AWS_LAMBDA_MAX_CONCURRENCY` that is not a number. Reported as the init error, with the type
/// `Runtime.InvalidConfiguration`, before the function's own init runs.
public struct ConfigurationError: Error, CustomStringConvertible, LambdaErrorReportable {
    /// What is wrong, naming the variable.
    public let message: String

    init(_ message: String) {
        self.message = message
    }

    /// `Runtime.InvalidConfiguration`.
    public var errorType: String { "Runtime.InvalidConfiguration" }

    /// The message.
    public var description: String { message }
}
