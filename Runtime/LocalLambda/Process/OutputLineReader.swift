import NIOCore
import NIOPosix

/// Reads a function's output pipe on the event loop and hands it on line by line.
final class OutputLineReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// Lambda splits log events at 256 KB; a line with no newline is cut there too, so that a function
    /// writing without newlines cannot make the emulator buffer without end.
    static let maxLineLength = 256 * 1_024

    private var pending = ByteBuffer()
    private let onLine: @Sendable (String) -> Void
    private let onEnd: @Sendable () -> Void

    init(onLine: @escaping @Sendable (String) -> Void, onEnd: @escaping @Sendable () -> Void) {
        self.onLine = onLine
        self.onEnd = onEnd
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var chunk = unwrapInboundIn(data)
        pending.writeBuffer(&chunk)
        while let newline = pending.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - pending.readerIndex
            let line = pending.readString(length: length) ?? ""
            pending.moveReaderIndex(forwardBy: 1)
            onLine(line)
        }
        if pending.readableBytes >= Self.maxLineLength {
            onLine(pending.readString(length: pending.readableBytes) ?? "")
        }
        pending.discardReadBytes()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if pending.readableBytes > 0 {
            onLine(pending.readString(length: pending.readableBytes) ?? "")
        }
        onEnd()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Starts reading the descriptor, which the event loop then owns and closes at end-of-file.
    /// Returns the pipe's channel.
    static func start(
        descriptor: Int32,
        onLine: @escaping @Sendable (String) -> Void,
        onEnd: @escaping @Sendable () -> Void
    ) async throws -> any Channel {
        try await NIOPipeBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(OutputLineReader(onLine: onLine, onEnd: onEnd))
                }
            }
            .takingOwnershipOfDescriptor(input: descriptor)
            .get()
    }
}
