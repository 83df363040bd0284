import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A small HTTP/1.1 server: keep-alive, pipelining, whole-body requests, one async responder.
///
/// Malformed requests are answered with 400 before they reach the responder, and the connection is
/// closed; the server itself keeps serving.
public final class HTTPServer: Sendable {
    private let channel: any Channel
    private let statistics: ConnectionStatistics

    /// The port the server listens on (the chosen one when the configuration asked for 0).
    public let port: Int
    /// The address it listens on, as `host:port`.
    public let address: String

    private init(channel: any Channel, statistics: ConnectionStatistics, host: String) {
        self.channel = channel
        self.statistics = statistics
        port = channel.localAddress?.port ?? 0
        address = "\(host):\(port)"
    }

    /// How many TCP connections the server has accepted since it started.
    public var connectionsAccepted: Int {
        statistics.accepted.load(ordering: .relaxed)
    }

    /// How many requests are being answered right now.
    public var requestsInFlight: Int {
        statistics.inFlight.load(ordering: .relaxed)
    }

    /// Binds and starts serving.
    public static func start(
        configuration: HTTPServerConfiguration,
        responder: some HTTPResponder,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> HTTPServer {
        let statistics = ConnectionStatistics()
        let maxBodySize = configuration.maxBodySize
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                statistics.accepted.add(1, ordering: .relaxed)
                return channel.eventLoop.makeCompletedFuture {
                    // The request handler keeps pipelined requests in order and answers malformed
                    // requests itself (see there).
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                        withPipeliningAssistance: false, withErrorHandling: false)
                    try channel.pipeline.syncOperations.addHandler(
                        HTTPRequestHandler(responder: responder, maxBodySize: maxBodySize, statistics: statistics))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        return HTTPServer(channel: channel, statistics: statistics, host: configuration.host)
    }

    /// Stops accepting connections, then waits (at most `grace`) until every request in progress has
    /// been answered and its answer written, so that stopping loses no response.
    public func shutdown(grace: Duration = .zero) async {
        try? await channel.close()
        let deadline = ContinuousClock.now + grace
        while requestsInFlight > 0 && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}

final class ConnectionStatistics: Sendable {
    let accepted = Atomic<Int>(0)
    /// Requests dispatched whose response is not yet written.
    let inFlight = Atomic<Int>(0)
}
