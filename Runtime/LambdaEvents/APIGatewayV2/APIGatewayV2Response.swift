/// What a function returns to an API Gateway HTTP API integration using payload format 2.0.
public struct APIGatewayV2Response: Sendable, Hashable {
    /// The HTTP status code.
    public var statusCode: Int
    /// Header values by name; join several values of one header with commas.
    public var headers: [String: String]
    /// Cookies to set, each becoming its own `Set-Cookie` header.
    public var cookies: [String]
    /// The body: text, or base64 when ``isBase64Encoded``.
    public var body: String?
    /// Whether ``body`` holds base64 that API Gateway should decode before answering.
    public var isBase64Encoded: Bool

    /// Creates a response from its wire fields.
    public init(
        statusCode: Int = 200,
        headers: [String: String] = [:],
        cookies: [String] = [],
        body: String? = nil,
        isBase64Encoded: Bool = false
    ) {
        self.statusCode = statusCode
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
