/// An HTTP API JWT authorizer (`Auth.Authorizers.<Name>.JwtConfiguration`).
///
/// Locally the token's signature is NOT verified: its payload is decoded and its `exp`, `nbf`,
/// issuer and audience are checked, nothing more. Anyone can forge a token that passes. This is
/// for exercising code that reads claims, never for judging whether the configuration is secure.
public struct JWTAuthorizer: Sendable, Hashable {
    /// The authorizer's name in the template.
    public var name: String
    /// `JwtConfiguration.issuer`: the `iss` a token must carry, when set.
    public var issuer: String?
    /// `JwtConfiguration.audience`: a token's `aud` (or `client_id`) must be one of these, when set.
    public var audiences: [String]
    /// Where the token is read (`IdentitySource`, `$request.header.Authorization` by default).
    public var tokenSource: TokenSource
    /// `AuthorizationScopes` of the authorizer: the scopes of routes that name none themselves.
    public var defaultScopes: [String]

    /// Creates an authorizer.
    public init(name: String, issuer: String? = nil, audiences: [String] = [],
                tokenSource: TokenSource = .header("Authorization"), defaultScopes: [String] = []) {
        self.name = name
        self.issuer = issuer
        self.audiences = audiences
        self.tokenSource = tokenSource
        self.defaultScopes = defaultScopes
    }
}
