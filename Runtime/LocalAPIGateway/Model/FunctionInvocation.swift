/// An invocation the gateway asks for: which function, with which event, and what is needed to turn
/// the function's answer into the HTTP response.
public struct FunctionInvocation: Sendable {
    /// The logical ID of the function to invoke.
    public var functionLogicalId: String
    /// The event, as JSON bytes ready to be the invocation's payload.
    public var event: [UInt8]
    /// The route that matched.
    public var route: Route
    /// The API the route belongs to.
    public var api: LocalAPI
    /// The request ID given to ``LocalAPIs/handle(_:requestID:now:)``, which the event carries.
    public var requestID: String
    /// Things worth a log line, such as a Lambda authorizer that was not run.
    public var warnings: [String]
    /// The tenant to invoke a tenant-isolated function for: a REST API passes the client's
    /// `X-Amz-Tenant-Id` header through (on AWS, the integration maps a request value to that header;
    /// SAM has no property for it). HTTP APIs cannot set the header, so they pass none.
    public var tenantID: String?

    /// The request's `Origin`, for the CORS headers of an HTTP API's answer.
    let origin: String?
}
