import SAMTemplate

/// API Gateway as `lambda-local start-api` emulates it, without the server: the template's APIs
/// and routes, and the two steps of every request.
///
/// 1. ``handle(_:requestID:now:)`` turns a client's request into either an immediate response
///    (no route, CORS preflight, refused token, body too large) or a ``FunctionInvocation``: the
///    function to invoke and the event to invoke it with.
/// 2. ``response(for:to:)`` turns the function's answer (or its failure) into the HTTP response.
///
/// Every API is served on the same port, as `sam local start-api` does: paths carry no stage,
/// while the events say which stage they came through.
///
/// JWT and Cognito authorizers decode tokens WITHOUT verifying their signatures: any well-formed,
/// unexpired token with the right issuer and audience passes. Lambda authorizers run their
/// function (``GatewayDecision/authorize(_:)``). `AWS_IAM` is not checked; its routes let requests
/// through with a warning. Nothing here is a security boundary.
public struct LocalAPIs: Sendable {
    /// The account ID events carry, the one AWS uses in examples.
    public static let accountId = "123456789012"
    /// API Gateway's limit on a request's body: 10 MB.
    public static let maximumBodySize = 10 * 1_024 * 1_024
    /// Lambda's limit on an invocation's payload; an event over it is refused as too long.
    public static let maximumEventSize = 6_291_556

    /// Every API that has routes or is declared, explicit ones first, in template order.
    public let apis: [LocalAPI]
    /// Every route that can be reached, in template order.
    public let routes: [Route]
    /// What the template asks for that is not reproduced locally, one sentence each.
    public let warnings: [String]

    let table: RouteTable
    let apisByLogicalId: [String: LocalAPI]
    /// Lambda authorizers' answers, for as long as each authorizer says.
    let authorizerCache = AuthorizerCache()

    /// Reads the APIs and routes of a template.
    /// - Throws: ``LocalAPIError`` for what SAM itself would reject, such as an event naming an API
    ///   or authorizer that does not exist, or a path that is not a path.
    public init(template: SAMTemplate) throws(LocalAPIError) {
        var reader = TemplateRoutesReader(template: template)
        try reader.read()
        self.apis = reader.apis
        self.routes = reader.routes
        var warnings = reader.warnings
        let unrunnable = Set(reader.routes.compactMap { route in
            route.lambdaAuthorizer.flatMap { $0.functionLogicalId == nil ? "\($0.name) of API \(route.apiLogicalId)" : nil }
        })
        for authorizer in unrunnable.sorted() {
            warnings.append("Lambda authorizer \(authorizer) names a function that is not in the template; "
                            + "its routes let every request through")
        }
        self.warnings = warnings
        self.table = RouteTable(routes: reader.routes)
        self.apisByLogicalId = Dictionary(reader.apis.map { ($0.logicalId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The API with this logical ID.
    public func api(_ logicalId: String) -> LocalAPI? {
        apisByLogicalId[logicalId]
    }
}
