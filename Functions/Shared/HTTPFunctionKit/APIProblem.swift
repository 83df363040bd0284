/// A request the function refuses, with the HTTP status and the message the caller sees as
/// `{"message": "..."}`. Throw one from a route's code for every mistake a client can make, so
/// that a client's error is never a 500.
public struct APIProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status of the answer.
    public var status: Int
    /// What is wrong, in words the caller can act on.
    public var message: String

    /// Creates a problem answered with `status` and `message`.
    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status): \(message)" }

    /// 400: the request itself is malformed or fails validation.
    public static func badRequest(_ message: String) -> APIProblem { APIProblem(status: 400, message: message) }
    /// 403: the caller may not do this now (for example, a limit is reached).
    public static func forbidden(_ message: String) -> APIProblem { APIProblem(status: 403, message: message) }
    /// 404: the thing the request names does not exist (or is not the caller's).
    public static func notFound(_ message: String) -> APIProblem { APIProblem(status: 404, message: message) }
    /// 409: the request conflicts with the current state.
    public static func conflict(_ message: String) -> APIProblem { APIProblem(status: 409, message: message) }
    /// 429: the caller has too many things in progress.
    public static func tooManyRequests(_ message: String) -> APIProblem { APIProblem(status: 429, message: message) }
}
