import NIOCore

/// The first handler of a connection, seeing its bytes before NIO's decoder does.
///
/// While the connection serves requests it passes every read on, keeping a ``RequestLineWatch``.
/// Once the input stops being HTTP it drops what follows instead, so the decoder does not go on
/// failing on it. And when the connection ends it closes it gracefully: it shuts the socket for
/// writing, so the client reads the last answer and then the end of the stream, reads and drops
/// what the client still sends (bounded in time and bytes), and only then closes. Closing a socket
/// with unread input makes the kernel send a reset, which can destroy the answer before the client
/// reads it: a client that sent a 1 MB header would see a reset instead of its 431.
///
/// Inbound only, so it costs one call per read and nothing per write.
final class InputGuard: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// How long a closing connection keeps reading the client's leftover input.
    static var lingerTime: TimeAmount { .seconds(2) }
    /// How much leftover input a closing connection reads before it closes anyway.
    static var lingerBytes: Int { 4 * 1_024 * 1_024 }

    /// The lines of the input, to tell a request line too long from header fields too large.
    private(set) var lines = RequestLineWatch()
    /// Set by the request handler while the decoder reads a body, whose bytes are no lines.
    var readingBody = false
    private var state = State.passing
    private var context: ChannelHandlerContext?

    private enum State {
        case passing
        /// The input is no longer HTTP; dropped bytes are counted.
        case dropping(Int)
        /// Shut for writing, waiting for the client's end of input until the deadline.
        case lingering(Int, deadline: Scheduled<Void>)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch state {
        case .passing:
            if readingBody {
                lines.skip()
            } else {
                lines.observe(unwrapInboundIn(data))
            }
            context.fireChannelRead(data)
        case .dropping(let dropped):
            state = .dropping(dropped + unwrapInboundIn(data).readableBytes)
            closeIfOverLimit(context: context)
        case .lingering(let dropped, let deadline):
            state = .lingering(dropped + unwrapInboundIn(data).readableBytes, deadline: deadline)
            closeIfOverLimit(context: context)
        }
    }

    /// Drops the input from now on: nothing after malformed input can be parsed.
    func dropInput() {
        if case .passing = state { state = .dropping(0) }
    }

    /// Ends the connection once everything written so far has gone: shuts it for writing, then
    /// closes it when the client ends its input, has sent ``lingerBytes`` more, or after
    /// ``lingerTime``. Callers write their last answer first.
    func closeGracefully() {
        guard let context else { return }
        let dropped: Int
        switch state {
        case .lingering: return
        case .passing: dropped = 0
        case .dropping(let count): dropped = count
        }
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let deadline = context.eventLoop.scheduleTask(in: Self.lingerTime) { loopBound.value.close(promise: nil) }
        state = .lingering(dropped, deadline: deadline)
        let shut = context.eventLoop.makePromise(of: Void.self)
        // A socket that cannot be half-closed is closed whole.
        shut.futureResult.whenFailure { _ in loopBound.value.close(promise: nil) }
        context.close(mode: .output, promise: shut)
        // Reads may have paused behind answers the client was not taking; the leftovers must come in.
        context.read()
        closeIfOverLimit(context: context)
    }

    private func closeIfOverLimit(context: ChannelHandlerContext) {
        switch state {
        case .dropping(let dropped), .lingering(let dropped, _):
            if dropped > Self.lingerBytes { context.close(promise: nil) }
        case .passing:
            break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if case .lingering(_, let deadline) = state { deadline.cancel() }
        context.fireChannelInactive()
    }
}
