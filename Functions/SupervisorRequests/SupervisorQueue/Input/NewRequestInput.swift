/// The body of `POST /stores/{storeId}/requests`, as sent: `{"question", "priority"?, "customerId"?, "requestId"?}`.
public struct NewRequestInput: Sendable, Hashable, Decodable {
    /// What the supervisor is asked: required, 1 to 2,000 characters once trimmed.
    public var question: String?
    /// 1 to 10; 5 when absent.
    public var priority: Int?
    /// The customer it is about: 1 to 128 characters, not all white space.
    public var customerId: String?
    /// An id of the caller's choosing, so that a retried create cannot make a second request.
    public var requestId: String?

    /// Creates an input.
    public init(question: String?, priority: Int? = nil, customerId: String? = nil, requestId: String? = nil) {
        self.question = question
        self.priority = priority
        self.customerId = customerId
        self.requestId = requestId
    }

    /// The longest question.
    public static let maxQuestionLength = 2_000

    /// The request to create.
    /// - Throws: ``RequestProblem`` (invalid) naming the first field that is wrong.
    public func validated() throws(RequestProblem) -> NewRequest {
        guard let question else { throw .invalid("question is required") }
        let trimmed = question.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .invalid("question must not be empty") }
        guard trimmed.count <= Self.maxQuestionLength else {
            throw .invalid("question must have at most \(Self.maxQuestionLength) characters, got \(trimmed.count)")
        }
        let priority = try priority.map { value throws(RequestProblem) in try Priority(value) } ?? .standard
        if let customerId {
            guard (1...128).contains(customerId.count) else { throw .invalid("customerId must have 1 to 128 characters") }
            guard !customerId.trimmingWhitespace().isEmpty else { throw .invalid("customerId must not be blank") }
        }
        let requestId = try requestId.map { value throws(RequestProblem) in try RequestID(value) } ?? .generate()
        return NewRequest(requestId: requestId, question: trimmed, customerId: customerId, priority: priority)
    }
}

/// A validated request to create.
public struct NewRequest: Sendable, Hashable {
    public var requestId: RequestID
    public var question: String
    public var customerId: String?
    public var priority: Priority
}

extension String {
    /// The text without leading and trailing spaces and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
