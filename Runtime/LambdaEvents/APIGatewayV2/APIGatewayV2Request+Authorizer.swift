extension APIGatewayV2Request {
    /// What a route's authorizer established about the caller (`requestContext.authorizer`).
    /// Exactly one member is set, matching the kind of authorizer the route uses.
    public struct Authorizer: Codable, Sendable, Hashable {
        /// Set by a JWT authorizer.
        public var jwt: JWT?
        /// The context a Lambda authorizer returned; its shape is the authorizer's choice.
        public var lambda: JSONValue?
        /// Set by IAM authorization.
        public var iam: IAM?

        /// Creates an authorizer result.
        public init(jwt: JWT? = nil, lambda: JSONValue? = nil, iam: IAM? = nil) {
            self.jwt = jwt
            self.lambda = lambda
            self.iam = iam
        }
    }
}
