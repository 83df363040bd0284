/// A route or API setting that SAM itself would reject, such as an event pointing at an API that is
/// not in the template or naming an authorizer that does not exist.
///
/// Its message names the template file and line, like `template.yaml:14: ...`.
public struct LocalAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message, one line.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
