extension APIGatewayV2Request.Authorizer {
    /// The verified token of a JWT authorizer (`authorizer.jwt`).
    public struct JWT: Codable, Sendable, Hashable {
        /// The token's claims; HTTP APIs pass every claim value as a string.
        public var claims: [String: String]
        /// The token's scopes, when it has any.
        public var scopes: [String]?

        /// Creates a JWT authorizer result.
        public init(claims: [String: String], scopes: [String]? = nil) {
            self.claims = claims
            self.scopes = scopes
        }
    }
}
