#if canImport(Glibc)
import Glibc
#endif
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
    private let descriptor: Int32
    /// Bytes read from the pipe so far.
    private var bytesRead = 0
    /// Who waits for the output written before some moment: released once ``bytesRead`` reaches
    /// `target`, the count the pipe held then.
    private var barriers: [(target: Int, then: @Sendable () -> Void)] = []

    init(descriptor: Int32, onLine: @escaping @Sendable (String) -> Void, onEnd: @escaping @Sendable () -> Void) {
        self.descriptor = descriptor
        self.onLine = onLine
        self.onEnd = onEnd
    }

    /// Calls `then` once every byte the pipe holds now has been read and its complete lines handed
    /// over: at once when the pipe is empty. Called on the channel's event loop, so nothing read
    /// earlier is still on its way to `onLine`.
    func afterWhatThePipeHolds(then: @escaping @Sendable () -> Void) {
        var held: Int32 = 0
        guard ioctl(descriptor, UInt(FIONREAD), &held) == 0, held > 0 else { return then() }
        barriers.append((bytesRead + Int(held), then))
    }

    private func releaseBarriers(all: Bool = false) {
        guard !barriers.isEmpty else { return }
        let released = barriers.filter { all || $0.target <= bytesRead }
        barriers.removeAll { all || $0.target <= bytesRead }
        for barrier in released { barrier.then() }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var chunk = unwrapInboundIn(data)
        bytesRead += chunk.readableBytes
        defer { releaseBarriers() }
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
        releaseBarriers(all: true)
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
                    try channel.pipeline.syncOperations.addHandler(OutputLineReader(descriptor: descriptor, onLine: onLine, onEnd: onEnd))
                }
            }
            .takingOwnershipOfDescriptor(input: descriptor)
            .get()
    }

    /// Runs `then` once the output the process wrote before now has been handed over (see
    /// ``afterWhatThePipeHolds(then:)``), on the pipe's event loop; at once when the channel is gone.
    static func afterOutputWritten(on channel: any Channel, then: @escaping @Sendable () -> Void) {
        let loop = channel.eventLoop
        let register: @Sendable () -> Void = {
            guard let reader = try? channel.pipeline.syncOperations.handler(type: OutputLineReader.self) else { return then() }
            reader.afterWhatThePipeHolds(then: then)
        }
        if loop.inEventLoop { register() } else { loop.execute(register) }
    }
}
