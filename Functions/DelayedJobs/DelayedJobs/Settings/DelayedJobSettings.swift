/// The limits of the delayed-jobs system, as the template sets them.
public struct DelayedJobSettings: Sendable, Hashable {
    /// The most jobs one user may have active (`MAX_ACTIVE_JOBS`).
    public var maxActiveJobs: Int
    /// The longest delay accepted (`MAX_DELAY_SECONDS`): the job function's timeout less a margin,
    /// since the function waits the delay out inside one invocation.
    public var maxDelaySeconds: Int
    /// How long after its due time an active job counts as abandoned (`ABANDON_AFTER_SECONDS`).
    public var abandonAfterSeconds: Int

    /// `MAX_ACTIVE_JOBS`' default.
    public static let defaultMaxActiveJobs = 5
    /// `MAX_DELAY_SECONDS`' default: Lambda's longest timeout (900 s) less a minute.
    public static let defaultMaxDelaySeconds = 840
    /// `ABANDON_AFTER_SECONDS`' default: as long as the job function's longest run.
    public static let defaultAbandonAfterSeconds = 900

    /// Creates settings.
    public init(
        maxActiveJobs: Int = defaultMaxActiveJobs,
        maxDelaySeconds: Int = defaultMaxDelaySeconds,
        abandonAfterSeconds: Int = defaultAbandonAfterSeconds
    ) {
        self.maxActiveJobs = maxActiveJobs
        self.maxDelaySeconds = maxDelaySeconds
        self.abandonAfterSeconds = abandonAfterSeconds
    }
}
