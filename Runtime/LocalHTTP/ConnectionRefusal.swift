import NIOCore

/// Answers a connection beyond the server's limit with `503 Service Unavailable` as soon as it
/// opens, without reading its request (HTTP lets a server answer early and close), then closes it
/// gracefully through the ``InputGuard`` before it.
final class ConnectionRefusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let maxConnections: Int
    private let inputGuard: InputGuard

    init(maxConnections: Int, inputGuard: InputGuard) {
        self.maxConnections = maxConnections
        self.inputGuard = inputGuard
    }

    func channelActive(context: ChannelHandlerContext) {
        let body = "This server serves at most \(maxConnections) connections at once; try again when one has closed.\n"
        let answer =
            "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\n"
            + "Content-Length: \(body.utf8.count)\r\nRetry-After: 1\r\n\r\n" + body
        inputGuard.dropInput()
        let loopBound = NIOLoopBound(inputGuard, eventLoop: context.eventLoop)
        context.writeAndFlushPromise(wrapOutboundOut(ByteBuffer(string: answer))).whenComplete { _ in
            loopBound.value.closeGracefully()
        }
        context.fireChannelActive()
    }
}
