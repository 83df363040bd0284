/// What a route's authorization decided about one request.
enum AuthorizationOutcome: Sendable {
    /// Let through; `claims` are what the authorizer passes on to the function, if it passes any.
    case allowed(AuthorizerClaims?)
    /// Turned down with this response (401, or 403 for missing scopes); `reason` is for the log.
    case refused(GatewayResponse, reason: String)
    /// Let through without any check, because this kind of authorization is not emulated.
    case notChecked(warning: String)
}

/// The claims of a token an authorizer accepted, as strings, and its scopes.
struct AuthorizerClaims: Sendable, Hashable {
    let claims: [String: String]
    let scopes: [String]
}
