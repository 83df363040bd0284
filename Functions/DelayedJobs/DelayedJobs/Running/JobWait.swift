/// How a run of the job function spends its invocation on a job.
public enum JobWait: Sendable, Hashable {
    /// Wait this many milliseconds, then complete the job (0: it is due already, as after a late
    /// or redelivered event: only the rest of the delay is waited, never the whole delay again).
    case completeAfter(milliseconds: Int64)
    /// The delay ends after this invocation would be stopped: fail the job now, while there is
    /// time to record it, rather than be killed mid-wait with the job left active.
    case outlastsInvocation

    /// The time a run needs after waking to record the job's end.
    public static let finishingMarginMilliseconds: Int64 = 5_000

    /// Plans a run at `now` for a job due at `dueAt`, in an invocation that ends at `deadline`
    /// (all milliseconds since 1970).
    public static func plan(dueAt: Int64, now: Int64, deadline: Int64) -> JobWait {
        let wait = max(0, dueAt - now)
        guard now + wait + finishingMarginMilliseconds <= deadline else { return .outlastsInvocation }
        return .completeAfter(milliseconds: wait)
    }
}
