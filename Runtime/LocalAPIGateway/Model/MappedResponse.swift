/// The HTTP response for a function's answer, and why it is an error when it is one.
public struct MappedResponse: Sendable, Hashable {
    /// What the client receives.
    public var response: GatewayResponse
    /// Why the client receives a 502 instead of the function's answer, for the log; `nil` when the
    /// answer went through.
    public var problem: String?

    /// Creates a mapped response.
    public init(response: GatewayResponse, problem: String? = nil) {
        self.response = response
        self.problem = problem
    }
}
