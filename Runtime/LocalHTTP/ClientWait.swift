import NIOCore

/// What a connection waits for from its client: the one time its timeouts run.
enum ClientWait {
    /// Nothing: an answer is being made or written (the server's turn), or the connection is ending.
    case nothing
    /// A new request, on a kept-alive connection with none in progress.
    case idle(since: NIODeadline)
    /// The rest of a request head whose first bytes came.
    case head(since: NIODeadline)
    /// More of a body (its progress is kept by the handler, which sees its bytes).
    case body
}

/// ``HTTPServerTimeouts`` as NIO counts time.
struct ClientTimeouts {
    let requestHead: TimeAmount
    let bodyProgress: TimeAmount
    let idle: TimeAmount
    /// As configured, for the answers that name them.
    let configured: HTTPServerTimeouts

    init(_ timeouts: HTTPServerTimeouts) {
        requestHead = TimeAmount(timeouts.requestHead)
        bodyProgress = TimeAmount(timeouts.bodyProgress)
        idle = TimeAmount(timeouts.idle)
        configured = timeouts
    }
}

extension TimeAmount {
    /// The same length of time, to the nanosecond.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
