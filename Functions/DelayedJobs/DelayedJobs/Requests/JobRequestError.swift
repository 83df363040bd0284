/// A job request that is malformed; its message says what to fix.
public struct JobRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in words the caller can act on.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
