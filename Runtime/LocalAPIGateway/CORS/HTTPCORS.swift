/// The `CorsConfiguration` of an HTTP API.
///
/// API Gateway answers every preflight itself, even for paths without routes, and adds the CORS
/// headers to every response of a request whose `Origin` is allowed, replacing whatever CORS
/// headers the function sent.
public struct HTTPCORS: Sendable, Hashable {
    /// `AllowOrigins`: origins such as `https://example.com`, `https://*.example.com` or `*`.
    public var allowOrigins: [String]
    /// `AllowMethods`.
    public var allowMethods: [String]
    /// `AllowHeaders`.
    public var allowHeaders: [String]
    /// `ExposeHeaders`.
    public var exposeHeaders: [String]
    /// `MaxAge` in seconds, if set.
    public var maxAge: Int?
    /// `AllowCredentials`.
    public var allowCredentials: Bool

    /// Creates a configuration.
    public init(allowOrigins: [String], allowMethods: [String] = [], allowHeaders: [String] = [],
                exposeHeaders: [String] = [], maxAge: Int? = nil, allowCredentials: Bool = false) {
        self.allowOrigins = allowOrigins
        self.allowMethods = allowMethods
        self.allowHeaders = allowHeaders
        self.exposeHeaders = exposeHeaders
        self.maxAge = maxAge
        self.allowCredentials = allowCredentials
    }

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, or `nil` when the
    /// origin is not allowed. With credentials a browser refuses `*`, so the origin is echoed.
    func allowedOriginHeader(for origin: String?) -> String? {
        guard let origin, !origin.isEmpty else { return nil }
        if allowOrigins.contains("*") { return allowCredentials ? origin : "*" }
        return allowOrigins.contains { WildcardPattern.matches(origin, pattern: $0) } ? origin : nil
    }

    /// The answer to a preflight: 204, with the CORS headers when the origin is allowed.
    func preflightResponse(origin: String?) -> GatewayResponse {
        guard let allowOrigin = allowedOriginHeader(for: origin) else { return GatewayResponse(status: 204) }
        var headers = [HTTPHeader("access-control-allow-origin", allowOrigin)]
        if !allowMethods.isEmpty { headers.append(HTTPHeader("access-control-allow-methods", allowMethods.joined(separator: ","))) }
        if !allowHeaders.isEmpty { headers.append(HTTPHeader("access-control-allow-headers", allowHeaders.joined(separator: ","))) }
        if let maxAge { headers.append(HTTPHeader("access-control-max-age", String(maxAge))) }
        if allowCredentials { headers.append(HTTPHeader("access-control-allow-credentials", "true")) }
        return GatewayResponse(status: 204, headers: headers)
    }

    /// Replaces the function's CORS headers with the configured ones for a request from `origin`.
    func apply(to response: inout GatewayResponse, origin: String?) {
        response.headers.removeAll { $0.name.lowercased().hasPrefix("access-control-") }
        guard let allowOrigin = allowedOriginHeader(for: origin) else { return }
        response.headers.append(HTTPHeader("access-control-allow-origin", allowOrigin))
        if allowCredentials { response.headers.append(HTTPHeader("access-control-allow-credentials", "true")) }
        if !exposeHeaders.isEmpty {
            response.headers.append(HTTPHeader("access-control-expose-headers", exposeHeaders.joined(separator: ",")))
        }
    }
}
