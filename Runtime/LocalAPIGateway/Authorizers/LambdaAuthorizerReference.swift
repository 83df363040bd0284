/// A Lambda authorizer a route uses (`Auth.Authorizers.<Name>.FunctionArn`).
///
/// Such authorizers are not run by the local gateway; this says which function it is, so that a
/// server can decide what to do.
public struct LambdaAuthorizerReference: Sendable, Hashable {
    /// The authorizer's name in the template.
    public var name: String
    /// `FunctionArn` as resolved, when it could be resolved.
    public var functionARN: String?
    /// The logical ID of the template's function that `FunctionArn` points at, when it is one.
    public var functionLogicalId: String?
    /// `FunctionPayloadType` (`TOKEN` or `REQUEST`) of a REST API authorizer, or the payload
    /// format version (`1.0`, `2.0`) of an HTTP API authorizer.
    public var payloadType: String

    /// Creates a reference.
    public init(name: String, functionARN: String?, functionLogicalId: String?, payloadType: String) {
        self.name = name
        self.functionARN = functionARN
        self.functionLogicalId = functionLogicalId
        self.payloadType = payloadType
    }
}
