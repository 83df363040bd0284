/// Why an event pattern was refused, worded as EventBridge words it.
public struct EventPatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error type `PutRule` answers with.
    public static let errorType = "InvalidEventPatternException"

    /// What is wrong with the pattern, such as `"source" must be an object or an array`.
    public var reason: String

    /// Creates the error for a reason.
    public init(reason: String) {
        self.reason = reason
    }

    /// The whole message, as `PutRule` returns it: `Event pattern is not valid. Reason: ...`.
    public var message: String {
        "Event pattern is not valid. Reason: \(reason)"
    }

    /// The same as ``message``.
    public var description: String { message }
}
