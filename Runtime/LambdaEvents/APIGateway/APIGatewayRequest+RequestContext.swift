extension APIGatewayRequest {
    /// What API Gateway knows about a request beyond its HTTP content (`requestContext`).
    ///
    /// Fields that REST APIs, HTTP APIs and the console's test invocations do not all send are
    /// optional.
    public struct RequestContext: Codable, Sendable, Hashable {
        /// The AWS account that owns the API.
        public var accountId: String
        /// The API's identifier.
        public var apiId: String
        /// The identifier of the matched resource (`$default` for HTTP APIs).
        public var resourceId: String?
        /// The deployment stage, such as `prod`.
        public var stage: String
        /// The identifier API Gateway gave this request.
        public var requestId: String
        /// The extended request identifier API Gateway writes to its access logs.
        public var extendedRequestId: String?
        /// When the request arrived, in CLF form: `09/Apr/2015:12:34:56 +0000`.
        public var requestTime: String?
        /// When the request arrived, in milliseconds since 1970.
        public var requestTimeEpoch: Int64?
        /// The request path, including the stage when it is part of the URL.
        public var path: String?
        /// The request protocol, such as `HTTP/1.1`.
        public var `protocol`: String?
        /// The HTTP method, such as `GET`.
        public var httpMethod: String
        /// The resource path template that matched, such as `/orders/{id}`.
        public var resourcePath: String?
        /// The domain name the client called.
        public var domainName: String?
        /// The first label of ``domainName``.
        public var domainPrefix: String?
        /// Who called, as far as API Gateway knows.
        public var identity: Identity
        /// What the authorizer attached: Cognito `claims`, or a Lambda authorizer's `principalId`,
        /// `integrationLatency` and context. Its shape depends on the authorizer, hence JSON.
        public var authorizer: JSONValue?

        /// Creates a request context.
        public init(
            accountId: String,
            apiId: String,
            resourceId: String? = nil,
            stage: String,
            requestId: String,
            extendedRequestId: String? = nil,
            requestTime: String? = nil,
            requestTimeEpoch: Int64? = nil,
            path: String? = nil,
            protocol: String? = nil,
            httpMethod: String,
            resourcePath: String? = nil,
            domainName: String? = nil,
            domainPrefix: String? = nil,
            identity: Identity,
            authorizer: JSONValue? = nil
        ) {
            self.accountId = accountId
            self.apiId = apiId
            self.resourceId = resourceId
            self.stage = stage
            self.requestId = requestId
            self.extendedRequestId = extendedRequestId
            self.requestTime = requestTime
            self.requestTimeEpoch = requestTimeEpoch
            self.path = path
            self.protocol = `protocol`
            self.httpMethod = httpMethod
            self.resourcePath = resourcePath
            self.domainName = domainName
            self.domainPrefix = domainPrefix
            self.identity = identity
            self.authorizer = authorizer
        }
    }
}
