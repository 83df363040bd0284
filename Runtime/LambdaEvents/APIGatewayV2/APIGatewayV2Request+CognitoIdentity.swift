extension APIGatewayV2Request.Authorizer.IAM {
    /// The Cognito identity behind IAM credentials (`authorizer.iam.cognitoIdentity`).
    public struct CognitoIdentity: Codable, Sendable, Hashable {
        /// The authentication methods references, such as `["authenticated", "..."]`.
        public var amr: [String]
        /// The Cognito identity.
        public var identityId: String
        /// The Cognito identity pool.
        public var identityPoolId: String

        /// Creates a Cognito identity.
        public init(amr: [String], identityId: String, identityPoolId: String) {
            self.amr = amr
            self.identityId = identityId
            self.identityPoolId = identityPoolId
        }
    }
}
