/// A Lambda authorizer a route uses (`Auth.Authorizers.<Name>` with a `FunctionArn`): which function
/// it is, what event it gets, where the caller's identity comes from and how long an answer holds.
public struct LambdaAuthorizerReference: Sendable, Hashable {
    /// The authorizer's name in the template.
    public var name: String
    /// `FunctionArn` as resolved, when it could be resolved.
    public var functionARN: String?
    /// The logical ID of the template's function that `FunctionArn` points at, when it is one.
    /// An authorizer whose function is not in the template cannot be run locally.
    public var functionLogicalId: String?
    /// `FunctionPayloadType` (`TOKEN` or `REQUEST`) of a REST API authorizer, or the payload
    /// format version (`1.0`, `2.0`) of an HTTP API authorizer.
    public var payloadType: String
    /// Where the caller's identity is read (`Identity`): a request without every one of them is
    /// refused with 401 before the function runs, and their values key the cached answers.
    public var identitySources: [TokenSource]
    /// A REST TOKEN authorizer's `Identity.ValidationExpression`: a token that does not match it is
    /// refused with 401 without running the function.
    public var validationExpression: String?
    /// How long, in seconds, an answer is reused for the same identity (`ReauthorizeEvery`: 300 by
    /// default for REST APIs, 0 for HTTP APIs); 0 runs the function for every request. Without
    /// identity sources nothing is reused.
    public var resultTTL: Int
    /// Whether an HTTP API authorizer answers `{"isAuthorized": ...}` rather than an IAM policy
    /// (`EnableSimpleResponses`, payload format 2.0 only).
    public var simpleResponses: Bool

    /// Creates a reference.
    public init(
        name: String, functionARN: String?, functionLogicalId: String?, payloadType: String,
        identitySources: [TokenSource] = [.header("Authorization")], validationExpression: String? = nil,
        resultTTL: Int = 300, simpleResponses: Bool = false
    ) {
        self.name = name
        self.functionARN = functionARN
        self.functionLogicalId = functionLogicalId
        self.payloadType = payloadType
        self.identitySources = identitySources
        self.validationExpression = validationExpression
        self.resultTTL = resultTTL
        self.simpleResponses = simpleResponses
    }

    /// A REST API authorizer that gets only the token (`FunctionPayloadType: TOKEN`).
    var isTokenAuthorizer: Bool { payloadType == "TOKEN" }
}
