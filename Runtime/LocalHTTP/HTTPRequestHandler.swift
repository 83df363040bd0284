import NIOCore
import NIOHTTP1

/// Collects one request at a time from a connection, hands it to the responder, writes the answer.
final class HTTPRequestHandler<Responder: HTTPResponder>: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: Responder
    private let maxBodySize: Int
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var bodyLength = 0
    /// The responder's work for the request in progress, stopped if the client leaves: a Runtime
    /// API `/next` may wait for a long time, and nobody is left to answer when its peer is gone.
    private var pending: Pending?

    private enum Pending {
        case task(Task<Void, Never>)
        case promise(EventLoopPromise<HTTPResponse>)
    }

    private let statistics: ConnectionStatistics

    init(responder: Responder, maxBodySize: Int, statistics: ConnectionStatistics) {
        self.responder = responder
        self.maxBodySize = maxBodySize
        self.statistics = statistics
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
            bodyLength = 0
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
            dispatch(requestHead, context: context)
        }
    }

    private func dispatch(_ requestHead: HTTPRequestHead, context: ChannelHandlerContext) {
        let exceeded = bodyLength > maxBodySize
        let request = HTTPRequest(
            method: requestHead.method,
            uri: requestHead.uri,
            headers: requestHead.headers,
            body: exceeded ? ByteBuffer() : body,
            bodyExceededLimit: exceeded,
            bodyLength: bodyLength,
            remoteAddress: context.remoteAddress
        )
        // The next request on this connection starts a fresh body; the one just handed over keeps its own.
        body = ByteBuffer()
        let keepAlive = requestHead.isKeepAlive
        let version = requestHead.version
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
            handler.write(response, version: version, keepAlive: keepAlive, context: context)
                .whenComplete { _ in statistics.inFlight.subtract(1, ordering: .relaxed) }
        }
    }

    @discardableResult
    private func write(_ response: HTTPResponse, version: HTTPVersion, keepAlive: Bool, context: ChannelHandlerContext) -> EventLoopFuture<Void> {
        var headers = response.headers
        headers.replaceOrAdd(name: "content-length", value: String(response.body.readableBytes))
        if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
        let head = HTTPResponseHead(version: version, status: response.status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if response.body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(response.body))), promise: nil)
        }
        let done = context.writeAndFlushPromise(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            done.whenComplete { _ in loopBound.value.close(promise: nil) }
        }
        return done
    }

    func channelInactive(context: ChannelHandlerContext) {
        switch pending {
        case .task(let task): task.cancel()
        case .promise(let promise): promise.fail(ChannelError.ioOnClosedChannel)
        case nil: break
        }
        pending = nil
        context.fireChannelInactive()
    }
}

extension ChannelHandlerContext {
    fileprivate func writeAndFlushPromise(_ data: NIOAny) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        writeAndFlush(data, promise: promise)
        return promise.futureResult
    }
}
