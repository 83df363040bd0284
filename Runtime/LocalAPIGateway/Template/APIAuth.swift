/// An API's `Auth` section: its authorizers by name and the one routes use by default.
struct APIAuth: Sendable {
    var authorizers: [String: RouteAuthorization] = [:]
    var defaultAuthorizer: String?
    /// `AddDefaultAuthorizerToCorsPreflight` of a REST API; SAM's default is true.
    var addDefaultAuthorizerToCorsPreflight = true

    /// What a route gets for the authorizer it names (`nil`: the default), or `nil` when the name
    /// is not an authorizer of the API.
    func authorization(named name: String?) -> RouteAuthorization? {
        guard let name = name ?? defaultAuthorizer else { return .open }
        switch name {
        case "NONE": return .open
        case "AWS_IAM": return authorizers[name] ?? .iam
        default: return authorizers[name]
        }
    }

    /// What the REST API's generated CORS preflight requires.
    var preflightAuthorization: RouteAuthorization {
        guard addDefaultAuthorizerToCorsPreflight else { return .open }
        return authorization(named: nil) ?? .open
    }
}
