import HTTPFunctionKit

/// Runs the jobs the `JobRequested` events name: waits out the delay, then marks the job completed
/// and frees its user's slot in one transaction.
///
/// Redelivery is safe: a job that is no longer active is left alone, and the finishing
/// transaction is conditional on the job being active, so two runs racing on one job finish it once.
public final class JobRunner: Sendable {
    /// The jobs and slots.
    public let ledger: JobLedger

    /// Creates a runner.
    public init(ledger: JobLedger) {
        self.ledger = ledger
    }

    /// Runs the job `jobId` in an invocation that ends at `deadline` (milliseconds since 1970).
    public func run(jobId: String, deadline: Int64, now: @Sendable () -> Int64 = Timestamp.now) async throws -> JobRunResult {
        guard JobID.isPlausible(jobId), let job = try await ledger.job(jobId) else {
            return JobRunResult(jobId: jobId, status: nil, changed: false, note: "no such job")
        }
        guard job.status == .active else {
            return JobRunResult(jobId: jobId, status: job.status, changed: false, note: "the job had finished already")
        }
        let status: JobStatus
        let reason: String?
        switch JobWait.plan(dueAt: job.dueAt, now: now(), deadline: deadline) {
        case .completeAfter(let milliseconds):
            if milliseconds > 0 { try await Task.sleep(for: .milliseconds(milliseconds)) }
            (status, reason) = (.completed, nil)
        case .outlastsInvocation:
            (status, reason) = (.failed, "the delay ends after the job function's invocation would be stopped")
        }
        switch try await ledger.finish(job, as: status, reason: reason, now: now()) {
        case .finished:
            return JobRunResult(jobId: jobId, status: status, changed: true, note: reason)
        case .finishedWithoutSlot:
            return JobRunResult(jobId: jobId, status: status, changed: true, note: "its user's slot counter was already at zero")
        case .alreadyFinished:
            // Another run, or an abandoned-job reclaim, got there first.
            let current = try await ledger.job(jobId)
            return JobRunResult(jobId: jobId, status: current?.status, changed: false, note: "the job had finished already")
        }
    }
}
