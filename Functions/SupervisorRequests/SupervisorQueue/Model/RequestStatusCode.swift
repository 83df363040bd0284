/// Where exactly a request is in its life; each code belongs to one ``RequestStatus``.
public enum RequestStatusCode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Created, waiting for a supervisor (PENDING).
    case pendingResponse = "PENDING_RESPONSE"
    /// A supervisor answered it (NOT_PENDING).
    case responseReceived = "RESPONSE_RECEIVED"
    /// A supervisor closed it without an answer (NOT_PENDING).
    case unresolved = "UNRESOLVED"
    /// Nobody answered in time (NOT_PENDING).
    case timeout = "TIMEOUT"

    /// The class of requests this code belongs to.
    public var status: RequestStatus {
        self == .pendingResponse ? .pending : .notPending
    }
}
