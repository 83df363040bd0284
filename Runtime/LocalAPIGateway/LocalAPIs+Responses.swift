extension LocalAPIs {
    /// The HTTP response for how an invocation ended.
    ///
    /// A function error, a timeout, or an answer that is not a valid proxy response for the route's
    /// payload version all give 502 `{"message":"Internal server error"}`, as API Gateway does;
    /// ``MappedResponse/problem`` then says why, for the log.
    public func response(for result: InvocationResult, to invocation: FunctionInvocation) -> MappedResponse {
        var mapped: MappedResponse
        switch result {
        case .functionError(let reason):
            mapped = MappedResponse(response: .internalServerError, problem: "function \(invocation.functionLogicalId) failed: \(reason)")
        case .timedOut:
            mapped = MappedResponse(response: .internalServerError, problem: "function \(invocation.functionLogicalId) timed out")
        case .response(let bytes):
            do {
                let response = invocation.route.payloadVersion == .v1
                    ? try VersionOneAnswer.response(bytes, apiKind: invocation.api.kind)
                    : try VersionTwoAnswer.response(bytes)
                mapped = MappedResponse(response: response)
            } catch {
                mapped = MappedResponse(
                    response: .internalServerError,
                    problem: "function \(invocation.functionLogicalId) answered something that is not a payload "
                        + "\(invocation.route.payloadVersion.rawValue) proxy response: \(error.reason)")
            }
        }
        if invocation.api.kind == .http, let cors = invocation.api.httpCORS {
            cors.apply(to: &mapped.response, origin: invocation.origin)
        }
        stamp(&mapped.response, kind: invocation.api.kind, requestID: invocation.requestID)
        return mapped
    }
}
