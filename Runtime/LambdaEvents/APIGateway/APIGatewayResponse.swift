/// What a function returns to an API Gateway REST API through a Lambda proxy integration
/// (payload format 1.0), or to an HTTP API integration using payload format 1.0.
public struct APIGatewayResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var statusCode: Int
    /// Header values by name.
    public var headers: [String: String]
    /// Headers with several values, by name; API Gateway merges these with ``headers``.
    public var multiValueHeaders: [String: [String]]
    /// The body: text, or base64 when ``isBase64Encoded``.
    public var body: String?
    /// Whether ``body`` holds base64 that API Gateway should decode before answering.
    public var isBase64Encoded: Bool

    /// Creates a response from its wire fields.
    public init(
        statusCode: Int = 200,
        headers: [String: String] = [:],
        multiValueHeaders: [String: [String]] = [:],
        body: String? = nil,
        isBase64Encoded: Bool = false
    ) {
        self.statusCode = statusCode
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
