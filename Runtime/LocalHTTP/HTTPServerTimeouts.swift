/// How long an ``HTTPServer`` waits for a client, and only for a client: while an answer is being
/// made (a Runtime API `/next` waiting for its event, an invocation running up to its function's
/// timeout) no timeout runs.
public struct HTTPServerTimeouts: Sendable {
    /// The longest a request head may take to arrive whole, from its first byte. A head sent a byte
    /// at a time otherwise holds its connection for ever. Answered `408 Request Timeout`.
    public var requestHead: Duration
    /// The longest a body may go without a byte arriving, once its head has come: a large body sent
    /// slowly is fine while it moves. Answered `408 Request Timeout`.
    public var bodyProgress: Duration
    /// The longest a kept-alive connection stays open with no request on it; then it is closed.
    public var idle: Duration

    /// Creates timeouts; the defaults are those of common front ends (nginx waits 60 s for a head
    /// and between body reads, load balancers close idle connections after 60 s), the head's halved.
    public init(requestHead: Duration = .seconds(30), bodyProgress: Duration = .seconds(30), idle: Duration = .seconds(60)) {
        self.requestHead = requestHead
        self.bodyProgress = bodyProgress
        self.idle = idle
    }
}
