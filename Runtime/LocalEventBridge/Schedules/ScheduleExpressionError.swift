/// Why a schedule expression or its time zone was refused.
public struct ScheduleExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The expression as written in the template.
    public var expression: String
    /// What is wrong with it, such as `use "minutes" for a value other than 1`.
    public var reason: String

    /// Creates the error for an expression and a reason.
    public init(expression: String, reason: String) {
        self.expression = expression
        self.reason = reason
    }

    /// The whole message: `Schedule expression "rate(5 minute)" is not valid: ...`.
    public var message: String {
        "Schedule expression \"\(expression)\" is not valid: \(reason)"
    }

    /// The same as ``message``.
    public var description: String { message }
}
