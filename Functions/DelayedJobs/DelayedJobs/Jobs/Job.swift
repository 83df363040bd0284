/// One delayed job: who asked for it, how long it waits, and how it ended.
public struct Job: Sendable, Hashable {
    /// The job's id (a lowercase UUID).
    public var jobId: String
    /// Whose slot it holds while active.
    public var userId: String
    /// Where it is in its life.
    public var status: JobStatus
    /// How long it waits, in milliseconds.
    public var delayMilliseconds: Int64
    /// When it was accepted, in milliseconds since 1970.
    public var createdAt: Int64
    /// When its delay ends, in milliseconds since 1970.
    public var dueAt: Int64
    /// When it completed or failed, in milliseconds since 1970.
    public var finishedAt: Int64?
    /// Why it failed.
    public var failureReason: String?

    /// Creates a job.
    public init(
        jobId: String, userId: String, status: JobStatus, delayMilliseconds: Int64, createdAt: Int64,
        finishedAt: Int64? = nil, failureReason: String? = nil
    ) {
        self.jobId = jobId
        self.userId = userId
        self.status = status
        self.delayMilliseconds = delayMilliseconds
        self.createdAt = createdAt
        self.dueAt = createdAt + delayMilliseconds
        self.finishedAt = finishedAt
        self.failureReason = failureReason
    }

    /// A new job, active from `now`.
    public static func accepted(jobId: String, userId: String, delayMilliseconds: Int64, now: Int64) -> Job {
        Job(jobId: jobId, userId: userId, status: .active, delayMilliseconds: delayMilliseconds, createdAt: now)
    }

    /// The delay in seconds, as the caller gave it (to the millisecond).
    public var delaySeconds: Double {
        Double(delayMilliseconds) / 1_000
    }

    /// Whether an active job is past hope at `now`: its delay ended more than `grace` ago and no
    /// run finished it (every run attempt and retry is over by then). Such a job gives its slot
    /// back, so that a lost event or a crashed run cannot lock a user out for good.
    public func isAbandoned(at now: Int64, graceMilliseconds: Int64) -> Bool {
        status == .active && dueAt + graceMilliseconds < now
    }

    /// Whether the caller may see the job: anyone who knows the id when the route has no
    /// authorizer, only its owner when it has one (`authorizedUserId` is then the caller).
    public func isVisible(toAuthorizedUser authorizedUserId: String?) -> Bool {
        authorizedUserId.map { $0 == userId } ?? true
    }
}
