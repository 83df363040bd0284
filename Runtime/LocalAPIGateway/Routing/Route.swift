/// One route: a method and path of an API, and the function whose `Api` or `HttpApi` event declares it.
public struct Route: Sendable, Hashable {
    /// The logical ID of the API the route belongs to.
    public var apiLogicalId: String
    /// REST or HTTP API.
    public var apiKind: APIKind
    /// The method in upper case, or `ANY`.
    public var method: String
    /// The path template as written (`/items/{id}`, `/{proxy+}`), or `$default` for an HTTP API's
    /// catch-all route.
    public var path: String
    /// The logical ID of the function the route invokes.
    public var functionLogicalId: String
    /// The name of the function's event that declares the route.
    public var eventName: String
    /// The event shape the function receives.
    public var payloadVersion: PayloadVersion
    /// Who may call the route.
    public var authorization: RouteAuthorization
    /// The scopes the route requires (`Auth.AuthorizationScopes`); a token needs one of them.
    public var authorizationScopes: [String]

    let template: PathTemplate?

    init(apiLogicalId: String, apiKind: APIKind, method: String, template: PathTemplate?,
         functionLogicalId: String, eventName: String, payloadVersion: PayloadVersion,
         authorization: RouteAuthorization, authorizationScopes: [String]) {
        self.apiLogicalId = apiLogicalId
        self.apiKind = apiKind
        self.method = method
        self.path = template?.text ?? Self.defaultRouteKey
        self.template = template
        self.functionLogicalId = functionLogicalId
        self.eventName = eventName
        self.payloadVersion = payloadVersion
        self.authorization = authorization
        self.authorizationScopes = authorizationScopes
    }

    /// The route key of HTTP APIs' catch-all route.
    public static let defaultRouteKey = "$default"

    /// Whether this is an HTTP API's `$default` route, which catches what no other route matches.
    public var isDefault: Bool { template == nil }

    /// The route key as HTTP APIs write it: `GET /items/{id}`, `ANY /{proxy+}` or `$default`.
    public var routeKey: String { isDefault ? Self.defaultRouteKey : "\(method) \(path)" }

    /// The Lambda authorizer the route uses, if any. Lambda authorizers are not run locally: the
    /// server decides what to do with such routes (for now requests go through with a warning).
    public var lambdaAuthorizer: LambdaAuthorizerReference? {
        if case .lambda(let reference) = authorization { return reference }
        return nil
    }
}
