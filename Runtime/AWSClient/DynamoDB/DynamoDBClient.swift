#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A DynamoDB client over one kept-alive libcurl connection.
///
/// Create it once, outside the handler, and reuse it for every invocation: the connection (and
/// its TLS session) then outlives single requests. The client can be shared between tasks; its
/// connection serves one request at a time. For parallel requests, use several clients.
///
/// The methods are `async` so that callers read naturally, but each HTTP exchange **blocks the
/// calling thread** (libcurl's easy interface). That suits a Lambda handler, which has a thread
/// of its own; elsewhere, call from a thread that may block. Only the waits between retries
/// suspend instead of blocking.
///
/// Every failure is an ``AWSError``. Throttling, server errors and broken connections are
/// retried as the ``RetryPolicy`` says; conditional-check failures and validation errors never are.
public final class DynamoDBClient: Sendable {
    let transport: AWSJSONTransport

    /// Creates a client from a configuration.
    /// - Parameter retryPolicy: How failed requests are retried; DynamoDB's SDK defaults unless given.
    public init(configuration: AWSConfiguration, retryPolicy: RetryPolicy = .dynamoDB) throws(AWSError) {
        transport = try AWSJSONTransport(service: .dynamoDB, configuration: configuration, retryPolicy: retryPolicy)
    }

    /// Creates a client configured from the environment (see ``AWSConfiguration/init(environment:)``):
    /// in Lambda the execution role and region, locally whatever `AWS_ENDPOINT_URL` points at.
    public convenience init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        retryPolicy: RetryPolicy = .dynamoDB
    ) throws(AWSError) {
        try self.init(configuration: AWSConfiguration(environment: environment), retryPolicy: retryPolicy)
    }

    /// Where the requests go.
    public var endpoint: AWSEndpoint { transport.endpoint }

    /// How failed requests are retried.
    public var retryPolicy: RetryPolicy { transport.retryPolicy }
}
