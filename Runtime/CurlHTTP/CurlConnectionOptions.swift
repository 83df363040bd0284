/// How a ``CurlConnection`` connects. Set once per connection.
public struct CurlConnectionOptions: Sendable {
    /// The longest a TCP (and TLS) connect may take before the request fails.
    public var connectTimeout: Duration
    /// Whether `HTTP_PROXY` / `HTTPS_PROXY` / `NO_PROXY` apply. Off for the Runtime API, which is
    /// always a direct loopback or link-local peer; a proxy there would only add a hop or break it.
    public var usesProxyFromEnvironment: Bool
    /// The CA bundle that verifies HTTPS peers, or `nil` for libcurl's built-in default.
    public var caBundlePath: String?
    /// The URL schemes requests may use, lowercase; libcurl refuses any other before it starts.
    /// libcurl speaks two dozen protocols, and a URL from configuration should reach none of them
    /// by mistake (in a Lambda zip, some are stand-ins that stop the process).
    public var schemes: Set<String>

    /// Creates options. The defaults suit a nearby HTTP peer: a short connect timeout, no proxy,
    /// HTTP and HTTPS only.
    public init(
        connectTimeout: Duration = .seconds(2),
        usesProxyFromEnvironment: Bool = false,
        caBundlePath: String? = nil,
        schemes: Set<String> = ["http", "https"]
    ) {
        self.connectTimeout = connectTimeout
        self.usesProxyFromEnvironment = usesProxyFromEnvironment
        self.caBundlePath = caBundlePath
        self.schemes = schemes
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so that a positive duration never becomes "no limit" (0 to libcurl).
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return max(Int(milliseconds), 1)
    }
}
