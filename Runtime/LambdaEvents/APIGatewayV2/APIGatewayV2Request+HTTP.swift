extension APIGatewayV2Request {
    /// The request line and client as API Gateway saw them (`requestContext.http`).
    public struct HTTP: Codable, Sendable, Hashable {
        /// The HTTP method, such as `GET`.
        public var method: String
        /// The request path.
        public var path: String
        /// The request protocol, such as `HTTP/1.1`.
        public var `protocol`: String
        /// The client's IP address.
        public var sourceIp: String
        /// The client's `User-Agent`, when it sent one.
        public var userAgent: String?

        /// Creates the request-line details.
        public init(method: String, path: String, protocol: String = "HTTP/1.1", sourceIp: String, userAgent: String? = nil) {
            self.method = method
            self.path = path
            self.protocol = `protocol`
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }
}
