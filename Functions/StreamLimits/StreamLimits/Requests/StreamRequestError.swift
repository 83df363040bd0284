/// A request the stream limits refuse to act on because it is malformed; its message says why.
public struct StreamRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in words the caller can act on.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
