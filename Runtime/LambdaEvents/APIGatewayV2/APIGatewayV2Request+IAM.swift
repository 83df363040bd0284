extension APIGatewayV2Request.Authorizer {
    /// The signer of an IAM-authorized request (`authorizer.iam`).
    public struct IAM: Codable, Sendable, Hashable {
        /// The access key that signed the request.
        public var accessKey: String?
        /// The signer's AWS account.
        public var accountId: String?
        /// The signer's principal identifier.
        public var callerId: String?
        /// The Cognito identity behind the credentials, when they came from an identity pool.
        public var cognitoIdentity: CognitoIdentity?
        /// The signer's AWS Organizations identifier.
        public var principalOrgId: String?
        /// The signer's ARN.
        public var userArn: String?
        /// The signer's user identifier.
        public var userId: String?

        /// Creates an IAM authorizer result.
        public init(
            accessKey: String? = nil,
            accountId: String? = nil,
            callerId: String? = nil,
            cognitoIdentity: CognitoIdentity? = nil,
            principalOrgId: String? = nil,
            userArn: String? = nil,
            userId: String? = nil
        ) {
            self.accessKey = accessKey
            self.accountId = accountId
            self.callerId = callerId
            self.cognitoIdentity = cognitoIdentity
            self.principalOrgId = principalOrgId
            self.userArn = userArn
            self.userId = userId
        }
    }
}
