/// A problem with what the user asked for: a missing file, an unknown function, a broken template.
///
/// Printed as one line that names the problem, never with a stack trace; lambda-local then exits
/// with status 2, which tells it apart from a function that ran and failed (status 1).
public struct LambdaLocalError: Error, Sendable, CustomStringConvertible {
    /// The message, one line.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
