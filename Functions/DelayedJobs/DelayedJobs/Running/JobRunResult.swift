/// What one run of the job function did, returned as its result (and so logged by Lambda).
public struct JobRunResult: Sendable, Hashable, Encodable {
    /// The job the event named.
    public var jobId: String
    /// Its status after the run; `nil` when there is no such job.
    public var status: JobStatus?
    /// Whether this run changed the job (a redelivered event changes nothing).
    public var changed: Bool
    /// Why nothing changed, or why the job failed.
    public var note: String?

    /// Creates a result.
    public init(jobId: String, status: JobStatus?, changed: Bool, note: String? = nil) {
        self.jobId = jobId
        self.status = status
        self.changed = changed
        self.note = note
    }
}
