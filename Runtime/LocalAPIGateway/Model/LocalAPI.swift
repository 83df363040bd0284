/// One API of the template as the local gateway serves it: an `AWS::Serverless::Api` or
/// `AWS::Serverless::HttpApi`, or the implicit `ServerlessRestApi` / `ServerlessHttpApi` SAM
/// creates for function events that name no API.
public struct LocalAPI: Sendable, Hashable {
    /// The logical ID, such as `ServerlessRestApi` or `OrdersApi`.
    public var logicalId: String
    /// REST or HTTP API.
    public var kind: APIKind
    /// Whether SAM creates this API implicitly for events that name no API.
    public var isImplicit: Bool
    /// The identifier the events carry in `requestContext.apiId`; stable for a logical ID.
    public var apiId: String
    /// The stage: `Prod` for the implicit REST API, `$default` for the implicit HTTP API.
    public var stageName: String
    /// The stage's variables (`Variables` of a REST API, `StageVariables` of an HTTP API).
    public var stageVariables: [String: String]
    /// The content types whose request bodies a REST API passes base64-encoded (`BinaryMediaTypes`,
    /// with SAM's `~1` turned back into `/`).
    public var binaryMediaTypes: [String]
    /// The `Cors` setting of a REST API, if any.
    public var restCORS: RESTCORS?
    /// The `CorsConfiguration` of an HTTP API, if any.
    public var httpCORS: HTTPCORS?
    /// What a REST API's CORS preflight requires: SAM puts the default authorizer on the generated
    /// `OPTIONS` methods unless `AddDefaultAuthorizerToCorsPreflight` is false.
    public var preflightAuthorization: RouteAuthorization

    /// Creates an API.
    public init(
        logicalId: String,
        kind: APIKind,
        isImplicit: Bool = false,
        apiId: String,
        stageName: String,
        stageVariables: [String: String] = [:],
        binaryMediaTypes: [String] = [],
        restCORS: RESTCORS? = nil,
        httpCORS: HTTPCORS? = nil,
        preflightAuthorization: RouteAuthorization = .open
    ) {
        self.logicalId = logicalId
        self.kind = kind
        self.isImplicit = isImplicit
        self.apiId = apiId
        self.stageName = stageName
        self.stageVariables = stageVariables
        self.binaryMediaTypes = binaryMediaTypes
        self.restCORS = restCORS
        self.httpCORS = httpCORS
        self.preflightAuthorization = preflightAuthorization
    }
}
