/// A request to the queue that cannot be carried out because of what the caller asked: the
/// function answers it with the matching HTTP status and the message.
public struct RequestProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problems, each an HTTP status.
    public enum Kind: Sendable, Hashable {
        /// The input is malformed or fails validation (400).
        case invalid
        /// The store has no such request (404).
        case notFound
        /// The request is not in a state that allows this (409).
        case conflict
    }

    /// What kind of problem.
    public var kind: Kind
    /// What is wrong, in words the caller can act on.
    public var message: String

    /// Creates a problem.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// 400.
    public static func invalid(_ message: String) -> RequestProblem { RequestProblem(.invalid, message) }
    /// 404.
    public static func notFound(_ message: String) -> RequestProblem { RequestProblem(.notFound, message) }
    /// 409.
    public static func conflict(_ message: String) -> RequestProblem { RequestProblem(.conflict, message) }

    public var description: String { message }
}
