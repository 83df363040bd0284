#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An EventBridge client over one kept-alive libcurl connection.
///
/// Create it once, outside the handler, and reuse it for every invocation. The client can be
/// shared between tasks; its connection serves one request at a time.
///
/// The methods are `async` so that callers read naturally, but each HTTP exchange **blocks the
/// calling thread** (libcurl's easy interface), which suits a Lambda handler's own thread.
public final class EventBridgeClient: Sendable {
    let transport: AWSJSONTransport

    /// The most entries one PutEvents takes.
    public static let maxEntriesPerCall = 10

    /// Creates a client from a configuration.
    /// - Parameter retryPolicy: How failed requests are retried; the SDKs' standard mode unless given.
    public init(configuration: AWSConfiguration, retryPolicy: RetryPolicy = .standard) throws(AWSError) {
        transport = try AWSJSONTransport(service: .eventBridge, configuration: configuration, retryPolicy: retryPolicy)
    }

    /// Creates a client configured from the environment (see ``AWSConfiguration/init(environment:)``).
    public convenience init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        retryPolicy: RetryPolicy = .standard
    ) throws(AWSError) {
        try self.init(configuration: AWSConfiguration(environment: environment), retryPolicy: retryPolicy)
    }

    /// Where the requests go.
    public var endpoint: AWSEndpoint { transport.endpoint }

    /// Publishes 1 to 10 events (PutEvents). Blocks the calling thread for each attempt.
    ///
    /// Entries can fail one by one while the call succeeds: see ``PutEventsResponse/failures``.
    /// - Throws: ``AWSError``; ``AWSError/Kind/invalidRequest`` for no entries or more than 10.
    public func putEvents(_ entries: [PutEventsEntry]) async throws(AWSError) -> PutEventsResponse {
        guard (1...Self.maxEntriesPerCall).contains(entries.count) else {
            throw AWSError(
                kind: .invalidRequest, code: .invalidRequest,
                message: "PutEvents takes 1 to \(Self.maxEntriesPerCall) entries, not \(entries.count)",
                service: AWSService.eventBridge.signingName)
        }
        return try await transport.call("PutEvents", PutEventsInput(entries: entries))
    }
}
