/// A customer's question waiting for (or past) a supervisor's answer.
public struct SupervisorRequest: Sendable, Hashable {
    /// The store it belongs to.
    public var storeId: StoreID
    /// Its id, unique within the store.
    public var requestId: RequestID
    /// What the supervisor is asked.
    public var question: String
    /// The customer it is about, when the caller said.
    public var customerId: String?
    /// How urgent it is.
    public var priority: Priority
    /// Where it is in its life.
    public var statusCode: RequestStatusCode
    /// When it was made, epoch milliseconds.
    public var requestedAt: Int64
    /// The supervisor's answer, once there is one.
    public var response: String?
    /// When it left the pending state, epoch milliseconds.
    public var resolvedAt: Int64?
    /// When it last changed, epoch milliseconds.
    public var updatedAt: Int64
    /// Grows with every change; a change only applies to the version it was made from.
    public var version: Int64

    /// Creates a request.
    public init(
        storeId: StoreID, requestId: RequestID, question: String, customerId: String? = nil, priority: Priority,
        statusCode: RequestStatusCode, requestedAt: Int64, response: String? = nil, resolvedAt: Int64? = nil,
        updatedAt: Int64, version: Int64
    ) {
        self.storeId = storeId
        self.requestId = requestId
        self.question = question
        self.customerId = customerId
        self.priority = priority
        self.statusCode = statusCode
        self.requestedAt = requestedAt
        self.response = response
        self.resolvedAt = resolvedAt
        self.updatedAt = updatedAt
        self.version = version
    }

    /// PENDING or NOT_PENDING.
    public var status: RequestStatus { statusCode.status }

    /// Its place in its store's list.
    public var sortKey: RequestSortKey {
        RequestSortKey(status: status, priority: priority, requestedAt: requestedAt, requestId: requestId)
    }

    /// The request after `resolution`, made at `time` (epoch milliseconds).
    public func resolved(_ resolution: Resolution, at time: Int64) -> SupervisorRequest {
        var next = self
        switch resolution {
        case .answer(let text):
            next.statusCode = .responseReceived
            next.response = text
        case .unresolved:
            next.statusCode = .unresolved
        case .timeout:
            next.statusCode = .timeout
        }
        next.resolvedAt = time
        next.updatedAt = time
        next.version += 1
        return next
    }

    /// How a pending request stops being pending.
    public enum Resolution: Sendable, Hashable {
        /// A supervisor answered with this text.
        case answer(String)
        /// A supervisor closed it without an answer.
        case unresolved
        /// Nobody answered in time.
        case timeout
    }
}
