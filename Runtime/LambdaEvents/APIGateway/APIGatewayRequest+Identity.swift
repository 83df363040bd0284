extension APIGatewayRequest {
    /// Who called, as far as API Gateway knows (`requestContext.identity`). Only the source IP is
    /// always known; the rest depends on the API's authorization and the client.
    public struct Identity: Codable, Sendable, Hashable {
        /// The client's IP address.
        public var sourceIp: String
        /// The client's `User-Agent`.
        public var userAgent: String?
        /// The access key of an IAM-signed request.
        public var accessKey: String?
        /// The AWS account of an IAM-signed request.
        public var accountId: String?
        /// The API key the client sent.
        public var apiKey: String?
        /// The identifier of the API key the client sent.
        public var apiKeyId: String?
        /// The principal identifier of an IAM-signed request.
        public var caller: String?
        /// The client certificate of a mutual-TLS request; passed through as sent.
        public var clientCert: JSONValue?
        /// The Cognito authentication provider of the caller.
        public var cognitoAuthenticationProvider: String?
        /// The Cognito authentication type: `authenticated` or `unauthenticated`.
        public var cognitoAuthenticationType: String?
        /// The Cognito identity of the caller.
        public var cognitoIdentityId: String?
        /// The Cognito identity pool of the caller.
        public var cognitoIdentityPoolId: String?
        /// The AWS Organizations identifier of the caller.
        public var principalOrgId: String?
        /// The user of an IAM-signed request.
        public var user: String?
        /// The ARN of the user of an IAM-signed request.
        public var userArn: String?
        /// The VPC a private API was called from.
        public var vpcId: String?
        /// The VPC endpoint a private API was called through.
        public var vpceId: String?

        /// Creates an identity; everything but the source IP defaults to unknown.
        public init(
            sourceIp: String,
            userAgent: String? = nil,
            accessKey: String? = nil,
            accountId: String? = nil,
            apiKey: String? = nil,
            apiKeyId: String? = nil,
            caller: String? = nil,
            clientCert: JSONValue? = nil,
            cognitoAuthenticationProvider: String? = nil,
            cognitoAuthenticationType: String? = nil,
            cognitoIdentityId: String? = nil,
            cognitoIdentityPoolId: String? = nil,
            principalOrgId: String? = nil,
            user: String? = nil,
            userArn: String? = nil,
            vpcId: String? = nil,
            vpceId: String? = nil
        ) {
            self.sourceIp = sourceIp
            self.userAgent = userAgent
            self.accessKey = accessKey
            self.accountId = accountId
            self.apiKey = apiKey
            self.apiKeyId = apiKeyId
            self.caller = caller
            self.clientCert = clientCert
            self.cognitoAuthenticationProvider = cognitoAuthenticationProvider
            self.cognitoAuthenticationType = cognitoAuthenticationType
            self.cognitoIdentityId = cognitoIdentityId
            self.cognitoIdentityPoolId = cognitoIdentityPoolId
            self.principalOrgId = principalOrgId
            self.user = user
            self.userArn = userArn
            self.vpcId = vpcId
            self.vpceId = vpceId
        }
    }
}
