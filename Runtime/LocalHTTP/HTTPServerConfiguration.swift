/// Where and how an ``HTTPServer`` listens, and how much it takes from one client.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind, loopback unless the user asks otherwise.
    public var host: String
    /// The port; 0 picks a free ephemeral port.
    public var port: Int
    /// Bodies longer than this are read and dropped, and the request is marked
    /// ``HTTPRequest/bodyExceededLimit`` for the responder to answer.
    public var maxBodySize: Int
    /// The longest request head: the request line and the header fields together, and so any one of
    /// them. A longer request line is answered `414 URI Too Long`, longer header fields `431 Request
    /// Header Fields Too Large`. NIO's decoder enforces it; 80 kB is its own default, and far more
    /// than API Gateway's 10 kB of headers.
    public var maxRequestHeadSize: Int
    /// How long the server waits for a client that is sending slowly or not at all.
    public var timeouts: HTTPServerTimeouts
    /// The most connections served at once; the next one is answered `503 Service Unavailable` and
    /// closed, until one of them closes.
    public var maxConnections: Int

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        maxBodySize: Int = 10 * 1_024 * 1_024,
        maxRequestHeadSize: Int = 80 * 1_024,
        timeouts: HTTPServerTimeouts = HTTPServerTimeouts(),
        maxConnections: Int = HTTPServerConfiguration.defaultMaxConnections
    ) {
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
        self.maxRequestHeadSize = maxRequestHeadSize
        self.timeouts = timeouts
        self.maxConnections = maxConnections
    }
}
