/// A request from an API Gateway HTTP API through a Lambda integration using payload format 2.0.
///
/// Header names arrive lowercased, repeated headers and query parameters arrive joined with
/// commas, and cookies arrive in ``cookies`` rather than as a header. Maps the API has nothing
/// for are left out of the event; here they are empty instead.
public struct APIGatewayV2Request: HTTPRequestEvent, Hashable {
    /// The payload format version, `"2.0"`.
    public var version: String
    /// The route that matched, such as `GET /orders/{id}` or `$default`.
    public var routeKey: String
    /// The request path, such as `/orders/42`.
    public var rawPath: String
    /// The query string without its `?`, or `""`.
    public var rawQueryString: String
    /// The request's cookies, one `name=value` per element.
    public var cookies: [String]
    /// Header values by lowercased name; a repeated header's values joined with commas.
    public var headers: [String: String]
    /// Query string parameters; a repeated parameter's values joined with commas.
    public var queryStringParameters: [String: String]
    /// Values of the route's path variables, such as `["id": "42"]`.
    public var pathParameters: [String: String]
    /// The stage's variables.
    public var stageVariables: [String: String]
    /// What API Gateway knows about the request beyond its HTTP content.
    public var requestContext: RequestContext
    /// The body: text, or base64 when ``isBase64Encoded``; `nil` when the request has none.
    public var body: String?
    /// Whether ``body`` holds base64 text rather than the body itself.
    public var isBase64Encoded: Bool

    /// Creates a request; the emulator uses this to build what API Gateway would send.
    public init(
        version: String = "2.0",
        routeKey: String,
        rawPath: String,
        rawQueryString: String = "",
        cookies: [String] = [],
        headers: [String: String] = [:],
        queryStringParameters: [String: String] = [:],
        pathParameters: [String: String] = [:],
        stageVariables: [String: String] = [:],
        requestContext: RequestContext,
        body: String? = nil,
        isBase64Encoded: Bool = false
    ) {
        self.version = version
        self.routeKey = routeKey
        self.rawPath = rawPath
        self.rawQueryString = rawQueryString
        self.cookies = cookies
        self.headers = headers
        self.queryStringParameters = queryStringParameters
        self.pathParameters = pathParameters
        self.stageVariables = stageVariables
        self.requestContext = requestContext
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
