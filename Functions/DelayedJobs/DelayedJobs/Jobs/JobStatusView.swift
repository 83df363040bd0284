import HTTPFunctionKit

/// A job as `GET /dataspan/jobs/{jobId}` shows it: status and timestamps (ISO 8601).
public struct JobStatusView: Sendable, Hashable, Encodable {
    /// The job's id.
    public var jobId: String
    /// `ACTIVE`, `COMPLETED` or `FAILED`.
    public var status: JobStatus
    /// How long the job waits.
    public var delaySeconds: Double
    /// When it was accepted.
    public var createdAt: String
    /// When its delay ends.
    public var dueAt: String
    /// When it completed or failed.
    public var finishedAt: String?
    /// Why it failed.
    public var failureReason: String?

    /// The view of `job`.
    public init(_ job: Job) {
        jobId = job.jobId
        status = job.status
        delaySeconds = job.delaySeconds
        createdAt = Timestamp.iso8601(job.createdAt)
        dueAt = Timestamp.iso8601(job.dueAt)
        finishedAt = job.finishedAt.map(Timestamp.iso8601)
        failureReason = job.failureReason
    }
}
