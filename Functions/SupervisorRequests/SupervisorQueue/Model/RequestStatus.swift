/// The two classes of requests the queue lists: those waiting for a supervisor, and the rest.
public enum RequestStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Waiting for a supervisor's answer.
    case pending = "PENDING"
    /// Answered, marked unresolved, or timed out.
    case notPending = "NOT_PENDING"
}
