import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A small HTTP/1.1 server: keep-alive, pipelining, whole-body requests, one async responder.
///
/// Malformed requests are answered with 400 (a head too large with 414 or 431) before they reach
/// the responder, and the connection is closed; the server itself keeps serving. It defends itself
/// against slow and greedy clients as its ``HTTPServerConfiguration`` says: timeouts while it waits
/// for a client, a limit on connections, a graceful close that lets the client read the last answer.
public final class HTTPServer: Sendable {
    private let channel: any Channel
    private let statistics: ConnectionStatistics
    private let admission: ConnectionAdmission

    /// The port the server listens on (the chosen one when the configuration asked for 0).
    public let port: Int
    /// The address it listens on, as `host:port`.
    public let address: String

    private init(channel: any Channel, statistics: ConnectionStatistics, admission: ConnectionAdmission, host: String) {
        self.channel = channel
        self.statistics = statistics
        self.admission = admission
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

    /// How many connections are being served now (refused ones not counted).
    public var connectionsOpen: Int {
        admission.open
    }

    /// Binds and starts serving.
    public static func start(
        configuration: HTTPServerConfiguration,
        responder: some HTTPResponder,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> HTTPServer {
        let statistics = ConnectionStatistics()
        let admission = ConnectionAdmission(maxServed: configuration.maxConnections)
        let decoderLimits = configuration.decoderLimits
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                statistics.accepted.add(1, ordering: .relaxed)
                let decision = admission.admit()
                channel.closeFuture.whenComplete { _ in admission.release(decision) }
                return channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    let inputGuard = InputGuard()
                    switch decision {
                    case .serve:
                        // The request handler keeps pipelined requests in order and answers malformed
                        // requests itself (see there).
                        try pipeline.addHandler(inputGuard)
                        try pipeline.configureHTTPServerPipeline(
                            withPipeliningAssistance: false, withErrorHandling: false,
                            withEncoderConfiguration: HTTPResponseEncoder.Configuration(),
                            withDecoderLimitConfiguration: decoderLimits)
                        try pipeline.addHandler(
                            HTTPRequestHandler(
                                responder: responder, configuration: configuration, statistics: statistics,
                                inputGuard: inputGuard))
                    case .refuse:
                        try pipeline.addHandler(inputGuard)
                        try pipeline.addHandler(ConnectionRefusal(maxConnections: configuration.maxConnections, inputGuard: inputGuard))
                    case .drop:
                        // NIO closes a connection whose setup fails.
                        throw ConnectionAdmission.Flooded()
                    }
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        return HTTPServer(channel: channel, statistics: statistics, admission: admission, host: configuration.host)
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

extension HTTPServerConfiguration {
    /// The head limit as NIO's decoder takes it: for any one field (the request line counts as one)
    /// and for all of them.
    fileprivate var decoderLimits: NIOHTTPDecoderLimitConfiguration {
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderFieldSize = maxRequestHeadSize
        limits.maxHeaderListSize = maxRequestHeadSize
        return limits
    }
}

final class ConnectionStatistics: Sendable {
    let accepted = Atomic<Int>(0)
    /// Requests dispatched whose response is not yet written.
    let inFlight = Atomic<Int>(0)
}
