extension APIGatewayV2Request {
    /// What API Gateway knows about a request beyond its HTTP content (`requestContext`).
    public struct RequestContext: Codable, Sendable, Hashable {
        /// The AWS account that owns the API.
        public var accountId: String
        /// The API's identifier.
        public var apiId: String
        /// The domain name the client called.
        public var domainName: String
        /// The first label of ``domainName``.
        public var domainPrefix: String
        /// The request line and client, as API Gateway saw them.
        public var http: HTTP
        /// The identifier API Gateway gave this request.
        public var requestId: String
        /// The route that matched, such as `GET /orders/{id}`.
        public var routeKey: String
        /// The stage, such as `$default`.
        public var stage: String
        /// When the request arrived, in CLF form: `12/Mar/2020:19:03:58 +0000`.
        public var time: String
        /// When the request arrived, in milliseconds since 1970.
        public var timeEpoch: Int64
        /// What the route's authorizer established about the caller, when the route has one.
        public var authorizer: Authorizer?
        /// The client certificate details of a mutual-TLS request; passed through as sent.
        public var authentication: JSONValue?

        /// Creates a request context.
        public init(
            accountId: String,
            apiId: String,
            domainName: String,
            domainPrefix: String,
            http: HTTP,
            requestId: String,
            routeKey: String,
            stage: String,
            time: String,
            timeEpoch: Int64,
            authorizer: Authorizer? = nil,
            authentication: JSONValue? = nil
        ) {
            self.accountId = accountId
            self.apiId = apiId
            self.domainName = domainName
            self.domainPrefix = domainPrefix
            self.http = http
            self.requestId = requestId
            self.routeKey = routeKey
            self.stage = stage
            self.time = time
            self.timeEpoch = timeEpoch
            self.authorizer = authorizer
            self.authentication = authentication
        }
    }
}
