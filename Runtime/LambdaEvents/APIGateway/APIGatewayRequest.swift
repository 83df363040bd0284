/// A request from an API Gateway REST API through a Lambda proxy integration (payload format
/// 1.0), or from an HTTP API whose integration uses `PayloadFormatVersion: "1.0"`.
///
/// API Gateway sends the maps it has nothing for as `null`; here they are empty instead, so
/// `request.pathParameters["id"]` needs no unwrapping of the map itself.
public struct APIGatewayRequest: HTTPRequestEvent, Hashable {
    /// `"1.0"` when the request came from an HTTP API; absent for REST APIs.
    public var version: String?
    /// The resource path template that matched, such as `/orders/{id}`.
    public var resource: String
    /// The request path, such as `/orders/42`.
    public var path: String
    /// The HTTP method, such as `GET`.
    public var httpMethod: String
    /// Header values by name, in the client's case; the last value of a repeated header.
    public var headers: [String: String]
    /// Every value of every header, by name.
    public var multiValueHeaders: [String: [String]]
    /// Query string parameters; the last value of a repeated parameter.
    public var queryStringParameters: [String: String]
    /// Every value of every query string parameter.
    public var multiValueQueryStringParameters: [String: [String]]
    /// Values of the path template's variables, such as `["id": "42"]`.
    public var pathParameters: [String: String]
    /// The deployment stage's variables.
    public var stageVariables: [String: String]
    /// What API Gateway knows about the request beyond its HTTP content.
    public var requestContext: RequestContext
    /// The body: text, or base64 when ``isBase64Encoded``; `nil` when the request has none.
    public var body: String?
    /// Whether ``body`` holds base64 text rather than the body itself.
    public var isBase64Encoded: Bool

    /// Creates a request; the emulator uses this to build what API Gateway would send.
    public init(
        version: String? = nil,
        resource: String,
        path: String,
        httpMethod: String,
        headers: [String: String] = [:],
        multiValueHeaders: [String: [String]] = [:],
        queryStringParameters: [String: String] = [:],
        multiValueQueryStringParameters: [String: [String]] = [:],
        pathParameters: [String: String] = [:],
        stageVariables: [String: String] = [:],
        requestContext: RequestContext,
        body: String? = nil,
        isBase64Encoded: Bool = false
    ) {
        self.version = version
        self.resource = resource
        self.path = path
        self.httpMethod = httpMethod
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.queryStringParameters = queryStringParameters
        self.multiValueQueryStringParameters = multiValueQueryStringParameters
        self.pathParameters = pathParameters
        self.stageVariables = stageVariables
        self.requestContext = requestContext
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
