/// Why a function's answer is not a response API Gateway can send; the client gets a 502.
struct MalformedProxyResponse: Error, Sendable, Hashable {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
