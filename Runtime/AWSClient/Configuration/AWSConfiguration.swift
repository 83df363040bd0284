import CurlHTTP

/// Everything a client needs to reach AWS: credentials, region, where each service is, and how
/// to connect.
///
/// Read it from the environment (``init(environment:)``) and the same binary signs with its
/// execution role in AWS and talks to lambda-local's endpoints when `AWS_ENDPOINT_URL` is set.
public struct AWSConfiguration: Sendable {
    /// The keys requests are signed with.
    public var credentials: AWSCredentials
    /// The region requests are signed for and, without an endpoint override, sent to.
    public var region: String
    /// An endpoint for every service (`AWS_ENDPOINT_URL`), or `nil` for the regional defaults.
    public var endpoint: AWSEndpoint?
    /// Endpoints for single services, keyed by ``AWSService/environmentName`` (`AWS_ENDPOINT_URL_DYNAMODB`).
    /// They win over ``endpoint``.
    public var serviceEndpoints: [String: AWSEndpoint]
    /// The CA bundle that verifies HTTPS peers, or `nil` for libcurl's built-in default.
    public var caBundlePath: String?
    /// The longest a TCP and TLS connect may take.
    public var connectTimeout: Duration
    /// The longest one attempt of a request may take, from sending to the last byte of the answer.
    public var requestTimeout: Duration
    /// Whether libcurl honors `https_proxy`, `http_proxy` and `no_proxy`, as the AWS SDKs do.
    public var usesProxyFromEnvironment: Bool

    /// Creates a configuration from its parts.
    public init(
        credentials: AWSCredentials,
        region: String,
        endpoint: AWSEndpoint? = nil,
        serviceEndpoints: [String: AWSEndpoint] = [:],
        caBundlePath: String? = nil,
        connectTimeout: Duration = .seconds(3),
        requestTimeout: Duration = .seconds(30),
        usesProxyFromEnvironment: Bool = true
    ) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.serviceEndpoints = serviceEndpoints
        self.caBundlePath = caBundlePath
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.usesProxyFromEnvironment = usesProxyFromEnvironment
    }

    /// Where requests to `service` go: its own endpoint, else the shared one, else the regional default.
    public func endpoint(for service: AWSService) -> AWSEndpoint {
        serviceEndpoints[service.environmentName] ?? endpoint ?? .regional(service, region: region)
    }

    /// The connection options for a client of this configuration.
    var connectionOptions: CurlConnectionOptions {
        CurlConnectionOptions(
            connectTimeout: connectTimeout,
            usesProxyFromEnvironment: usesProxyFromEnvironment,
            caBundlePath: caBundlePath
        )
    }
}
