/// What the local gateway does with a client's request.
public enum GatewayDecision: Sendable {
    /// Answer at once, without invoking a function: no route, a CORS preflight, a refused token,
    /// a body over the limit. `reason` says which, for the log.
    case respond(GatewayResponse, reason: String)
    /// Invoke a function with an event, then turn its answer into the response with
    /// ``LocalAPIs/response(for:to:)``.
    case invoke(FunctionInvocation)
    /// Run the route's Lambda authorizer first, then go on with ``LocalAPIs/resume(_:with:)``.
    case authorize(LambdaAuthorization)
}
