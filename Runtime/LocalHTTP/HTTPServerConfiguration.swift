/// Where and how an ``HTTPServer`` listens.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind, loopback unless the user asks otherwise.
    public var host: String
    /// The port; 0 picks a free ephemeral port.
    public var port: Int
    /// Bodies longer than this are read and dropped, and the request is marked
    /// ``HTTPRequest/bodyExceededLimit`` for the responder to answer.
    public var maxBodySize: Int

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 0, maxBodySize: Int = 10 * 1_024 * 1_024) {
        self.host = host
        self.port = port
        self.maxBodySize = maxBodySize
    }
}
