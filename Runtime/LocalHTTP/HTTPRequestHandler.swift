import NIOCore
import NIOHTTP1

/// Collects the requests of a connection, hands them to the responder one at a time, writes the
/// answers in the order the requests came.
///
/// Requests a client pipelines behind one still being answered are collected and wait their turn,
/// while the connection keeps reading: stopping reads for every request, as NIO's pipelining helper
/// does, costs two `epoll_ctl` calls an exchange, and a `/next` of the Runtime API is one. Reading
/// stops only when ``maxWaitingRequests`` are waiting, and no waiting request is started while the
/// client is not reading its answers (the channel is not writable), so a client cannot make the
/// server hold an unbounded backlog of requests or answers.
///
/// The responder is held as an existential rather than a generic parameter: the handler lives in
/// this module and its responders in others, so a generic handler would run unspecialized, looking
/// up the metadata of its nested and bound types at run time on every request.
final class HTTPRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// Complete requests held behind the one being answered before reads pause.
    static var maxWaitingRequests: Int { 16 }

    private let responder: any HTTPResponder
    private let maxBodySize: Int
    let maxRequestHeadSize: Int
    let timeouts: ClientTimeouts
    private let statistics: ConnectionStatistics
    /// The connection's first handler: it watches the lines of the input and ends the connection.
    let inputGuard: InputGuard
    /// The head of the request being received, while its body comes.
    var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var bodyLength = 0
    /// The responder's work for the request being answered, stopped if the client leaves: a Runtime
    /// API `/next` may wait for a long time, and nobody is left to answer when its peer is gone.
    var pending: Pending?
    /// Requests received whole while another was being answered, oldest first.
    var waiting = CircularBuffer<ReceivedRequest>()
    /// Set when a `read` was held back because too many requests are waiting.
    private var readHeld = false
    /// Set once a request asked for the connection to close, the input stopped being HTTP, or the
    /// client took too long: nothing after that is answered.
    var closing = false
    /// Set while the responder is being called, so that an answer it gives at once does not start
    /// the next request from inside the call: ``answerWaiting(context:)``'s loop does.
    private var dispatching = false
    /// Answers handed to the channel and not yet written to the socket: a client that does not take
    /// them is not waited for by the timeouts either.
    var answersBeingWritten = 0
    /// What the connection waits for from the client, and the timer that limits it.
    var clientWait = ClientWait.nothing
    var clientWaitTimer: (task: Scheduled<Void>, deadline: NIODeadline)?
    /// When the last read of the body being received came.
    var lastBodyProgress = NIODeadline.distantPast
    /// Set when a read finished a request, so that its end does not pass for the start of the next head.
    var requestEndedInRead = false

    enum Pending {
        case task(Task<Void, Never>)
        case promise(EventLoopPromise<HTTPResponse>)
    }

    struct ReceivedRequest {
        let request: HTTPRequest
        let version: HTTPVersion
        let keepAlive: Bool
    }

    init(responder: any HTTPResponder, configuration: HTTPServerConfiguration, statistics: ConnectionStatistics, inputGuard: InputGuard) {
        self.responder = responder
        self.maxBodySize = configuration.maxBodySize
        self.maxRequestHeadSize = configuration.maxRequestHeadSize
        self.timeouts = ClientTimeouts(configuration.timeouts)
        self.statistics = statistics
        self.inputGuard = inputGuard
    }

    func channelActive(context: ChannelHandlerContext) {
        waitForClient(.idle(since: .now()), context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
            bodyLength = 0
            inputGuard.readingBody = true
        case .body(var chunk):
            bodyLength += chunk.readableBytes
            if bodyLength <= maxBodySize {
                body.writeBuffer(&chunk)
            } else if body.readableBytes > 0 {
                body = ByteBuffer()
            }
        case .end:
            guard let requestHead = head else { return }
            head = nil
            inputGuard.readingBody = false
            requestEndedInRead = true
            received(requestHead, context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        readCompleted(context: context)
        context.fireChannelReadComplete()
    }

    func read(context: ChannelHandlerContext) {
        if waiting.count >= Self.maxWaitingRequests {
            readHeld = true
        } else {
            context.read()
        }
    }

    private func received(_ requestHead: HTTPRequestHead, context: ChannelHandlerContext) {
        guard !closing else { return }
        let exceeded = bodyLength > maxBodySize
        let request = HTTPRequest(
            method: requestHead.method,
            uri: requestHead.uri,
            headers: requestHead.headers,
            body: exceeded ? ByteBuffer() : body,
            bodyExceededLimit: exceeded,
            bodyLength: bodyLength,
            // The channel's cached address: the context's asks the kernel again on every call.
            remoteAddress: context.channel.remoteAddress
        )
        // The next request on this connection starts a fresh body; the one just handed over keeps its own.
        body = ByteBuffer()
        let received = ReceivedRequest(request: request, version: requestHead.version, keepAlive: requestHead.isKeepAlive)
        if !received.keepAlive { closing = true }
        waiting.append(received)
        waitForClient(.nothing, context: context)
        answerWaiting(context: context)
    }

    /// Answers the waiting requests, oldest first, while none is being answered and the responder
    /// answers at once; an answer that comes later carries on from its own callback. A loop, not
    /// recursion: a client that pipelines thousands of small requests, each answered at once (a
    /// 404, say), would otherwise nest a call per request.
    ///
    /// The loop does not yield to the event loop's other connections: NIO runs every task queued
    /// during a tick before it polls again, so a yield would not let their I/O in anyway. What
    /// bounds one connection's turn is its read: NIO's decoder hands over what one read brought.
    private func answerWaiting(context: ChannelHandlerContext) {
        guard !dispatching else { return }
        while pending == nil, let next = takeWaiting(context: context) {
            dispatching = true
            dispatch(next, context: context)
            dispatching = false
        }
    }

    /// The oldest waiting request, if the connection is open and the client is taking its answers
    /// (a client that pipelines without reading would otherwise have every answer buffered in
    /// memory); resumes reading once there is room again.
    private func takeWaiting(context: ChannelHandlerContext) -> ReceivedRequest? {
        guard context.channel.isActive, context.channel.isWritable, let next = waiting.popFirst() else { return nil }
        if readHeld && waiting.count < Self.maxWaitingRequests {
            readHeld = false
            context.read()
        }
        return next
    }

    private func dispatch(_ received: ReceivedRequest, context: ChannelHandlerContext) {
        let request = received.request
        let promise = context.eventLoop.makePromise(of: HTTPResponse.self)
        let responder = self.responder
        let statistics = self.statistics
        statistics.inFlight.add(1, ordering: .relaxed)
        if responder.respondDirectly(to: request, completing: promise) {
            pending = .promise(promise)
        } else {
            pending = .task(promise.completeWithTask { await responder.respond(to: request) })
        }
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        promise.futureResult.whenComplete { result in
            guard case .success(let response) = result else {
                statistics.inFlight.subtract(1, ordering: .relaxed)
                return
            }
            let (handler, context) = loopBound.value
            handler.pending = nil
            // The last answer before a close (asked for, or after malformed input) says so and closes.
            let isLast = handler.closing && handler.waiting.isEmpty
            handler.write(
                response, version: received.version, keepAlive: received.keepAlive && !isLast, dispatched: true,
                context: context)
            handler.answerWaiting(context: context)
        }
    }

    /// Writes an answer; the last one (`keepAlive` false) closes the connection gracefully once
    /// written. `dispatched` when it answers a request the responder was given, counted in flight
    /// until written.
    func write(_ response: HTTPResponse, version: HTTPVersion, keepAlive: Bool, dispatched: Bool, context: ChannelHandlerContext) {
        var headers = response.headers
        headers.replaceOrAdd(name: "content-length", value: String(response.body.readableBytes))
        if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
        let head = HTTPResponseHead(version: version, status: response.status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if response.body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(response.body))), promise: nil)
        }
        answersBeingWritten += 1
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlushPromise(wrapOutboundOut(.end(nil))).whenComplete { _ in
            let (handler, context) = loopBound.value
            handler.answersBeingWritten -= 1
            if dispatched { handler.statistics.inFlight.subtract(1, ordering: .relaxed) }
            if keepAlive {
                handler.answerWritten(context: context)
            } else {
                handler.inputGuard.closeGracefully()
            }
        }
    }

    /// The client has read enough of the answers written so far: on with the waiting requests.
    func channelWritabilityChanged(context: ChannelHandlerContext) {
        answerWaiting(context: context)
        context.fireChannelWritabilityChanged()
    }

    /// Malformed HTTP ends the connection: requests received whole before it are still answered,
    /// the last answer closes the connection, and when there is none a 400 (414 or 431 for a head
    /// too large) does: NIO's decoder cannot find the next request's start after a parse error.
    /// This is the job of NIO's protocol error handler, done here to keep one more handler out of
    /// every read and write.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        inputGuard.dropInput()
        guard !closing else { return }
        closing = true
        waitForClient(.nothing, context: context)
        guard pending == nil && waiting.isEmpty else { return }
        answerAndClose(rejecting: parserError, context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        clientWaitTimer?.task.cancel()
        clientWaitTimer = nil
        switch pending {
        case .task(let task): task.cancel()
        case .promise(let promise): promise.fail(ChannelError.ioOnClosedChannel)
        case nil: break
        }
        pending = nil
        waiting.removeAll()
        context.fireChannelInactive()
    }
}

extension ChannelHandlerContext {
    func writeAndFlushPromise(_ data: NIOAny) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        writeAndFlush(data, promise: promise)
        return promise.futureResult
    }
}
