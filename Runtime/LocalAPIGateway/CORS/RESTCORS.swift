/// The `Cors` setting of a REST API, with SAM's single quotes taken off each value.
///
/// SAM turns it into an `OPTIONS` method answered by API Gateway itself on every path that has
/// routes. Lambda proxy integrations add nothing to normal responses: the function has to send
/// its own `Access-Control-Allow-Origin`.
public struct RESTCORS: Sendable, Hashable {
    /// `AllowOrigin`, such as `*` or `https://example.com`.
    public var allowOrigin: String
    /// `AllowMethods`; when absent the preflight offers the methods the path has, and `OPTIONS`.
    public var allowMethods: String?
    /// `AllowHeaders`, if set.
    public var allowHeaders: String?
    /// `MaxAge`, in seconds, if set.
    public var maxAge: String?
    /// `AllowCredentials`.
    public var allowCredentials: Bool

    /// Creates a configuration from unquoted values.
    public init(allowOrigin: String, allowMethods: String? = nil, allowHeaders: String? = nil,
                maxAge: String? = nil, allowCredentials: Bool = false) {
        self.allowOrigin = allowOrigin
        self.allowMethods = allowMethods
        self.allowHeaders = allowHeaders
        self.maxAge = maxAge
        self.allowCredentials = allowCredentials
    }

    /// The methods `ANY` stands for in a preflight's `Access-Control-Allow-Methods`.
    static let everyMethod = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]

    /// The mock integration's answer to `OPTIONS`: 200, an empty body, the configured headers.
    /// `routeMethods` are the methods the matched path has.
    func preflightResponse(routeMethods: [String]) -> GatewayResponse {
        let methods = allowMethods ?? {
            var methods = Set(routeMethods.contains("ANY") ? Self.everyMethod : routeMethods)
            methods.insert("OPTIONS")
            return methods.sorted().joined(separator: ",")
        }()
        var headers = [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Access-Control-Allow-Origin", allowOrigin),
                       HTTPHeader("Access-Control-Allow-Methods", methods)]
        if let allowHeaders { headers.append(HTTPHeader("Access-Control-Allow-Headers", allowHeaders)) }
        if let maxAge { headers.append(HTTPHeader("Access-Control-Max-Age", maxAge)) }
        if allowCredentials { headers.append(HTTPHeader("Access-Control-Allow-Credentials", "true")) }
        return GatewayResponse(status: 200, headers: headers)
    }
}
