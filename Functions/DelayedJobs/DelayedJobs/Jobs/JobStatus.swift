/// Where a job is in its life: it starts `ACTIVE`, holding one of its user's slots, and ends
/// `COMPLETED` or `FAILED`, which frees the slot in the same transaction.
public enum JobStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for its delay to pass; holds a slot.
    case active = "ACTIVE"
    /// The delay passed and the job ran.
    case completed = "COMPLETED"
    /// The job could not run: it could not be dispatched, or was abandoned.
    case failed = "FAILED"
}
