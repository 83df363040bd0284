import LambdaEvents

/// What a route's authorization decided about one request.
enum AuthorizationOutcome: Sendable {
    /// Let through; `output` is what the authorizer passes on to the function, if it passes anything.
    case allowed(AuthorizerOutput?)
    /// Turned down with this response (401, or 403 for missing scopes); `reason` is for the log.
    case refused(GatewayResponse, reason: String)
    /// Let through without any check, because this kind of authorization is not emulated.
    case notChecked(warning: String)
    /// Only the Lambda authorizer's function can tell, and no answer of it for this caller is kept.
    case askLambda(LambdaAuthorizerReference)
}

/// What an authorizer that let a request through passes on to the function, in `requestContext`.
enum AuthorizerOutput: Sendable, Hashable {
    /// A JWT or Cognito authorizer's token claims.
    case token(AuthorizerClaims)
    /// A Lambda authorizer's principal and context.
    case lambda(LambdaAuthorizerContext)
}

/// The claims of a token an authorizer accepted, as strings, and its scopes.
struct AuthorizerClaims: Sendable, Hashable {
    let claims: [String: String]
    let scopes: [String]
}

/// What a Lambda authorizer that allowed a request returned for the function: the principal
/// (IAM policy answers only) and the `context` map.
struct LambdaAuthorizerContext: Sendable, Hashable {
    let principalId: String?
    let context: [String: JSONValue]
}
