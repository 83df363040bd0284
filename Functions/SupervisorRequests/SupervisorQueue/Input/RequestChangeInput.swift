/// The body of `PATCH /stores/{storeId}/requests/{requestId}`:
/// `{"statusCode": "RESPONSE_RECEIVED", "response": "..."}` answers a pending request,
/// `{"statusCode": "UNRESOLVED"}` closes it without an answer.
public struct RequestChangeInput: Sendable, Hashable, Decodable {
    /// RESPONSE_RECEIVED or UNRESOLVED.
    public var statusCode: String?
    /// The answer, with RESPONSE_RECEIVED only: 1 to 2,000 characters once trimmed.
    public var response: String?

    /// Creates an input.
    public init(statusCode: String?, response: String? = nil) {
        self.statusCode = statusCode
        self.response = response
    }

    /// The resolution asked for.
    /// - Throws: ``RequestProblem`` (invalid) when the status code or the answer is wrong.
    public func validated() throws(RequestProblem) -> SupervisorRequest.Resolution {
        let allowed = "\(RequestStatusCode.responseReceived.rawValue) or \(RequestStatusCode.unresolved.rawValue)"
        guard let statusCode else { throw .invalid("statusCode is required: \(allowed)") }
        switch RequestStatusCode(rawValue: statusCode) {
        case .responseReceived:
            guard let response else { throw .invalid("response is required with statusCode RESPONSE_RECEIVED") }
            let trimmed = response.trimmingWhitespace()
            guard !trimmed.isEmpty else { throw .invalid("response must not be empty") }
            guard trimmed.count <= NewRequestInput.maxQuestionLength else {
                throw .invalid("response must have at most \(NewRequestInput.maxQuestionLength) characters, got \(trimmed.count)")
            }
            return .answer(trimmed)
        case .unresolved:
            guard response == nil else { throw .invalid("an UNRESOLVED request has no response; leave response out") }
            return .unresolved
        default:
            throw .invalid("statusCode must be \(allowed), got \"\(statusCode)\"")
        }
    }
}
