import AWSClient
import HTTPFunctionKit

/// Accepts delayed jobs: takes a slot, writes the job, and publishes the event that starts it.
public final class JobDispatcher: Sendable {
    /// The jobs and slots.
    public let ledger: JobLedger
    let events: EventBridgeClient
    /// The bus the job events go to.
    public let busName: String
    /// The limits.
    public let settings: DelayedJobSettings

    /// Creates a dispatcher.
    public init(ledger: JobLedger, events: EventBridgeClient, busName: String, settings: DelayedJobSettings) {
        self.ledger = ledger
        self.events = events
        self.busName = busName
        self.settings = settings
    }

    /// Accepts a job for `userId` that waits `delayMilliseconds`, and publishes its event.
    ///
    /// A user at the limit first gets back the slots of their abandoned jobs, if any. If the
    /// event cannot be published, the job is marked failed and its slot freed before this throws:
    /// an accepted job either reaches the job function or gives its slot back.
    /// - Throws: ``JobLimitError`` (the user is at the limit), ``DispatchFailure`` (the event was
    ///   not published), ``AWSError`` (DynamoDB failed; nothing was accepted).
    public func submit(userId: String, delayMilliseconds: Int64, now: Int64 = Timestamp.now()) async throws -> Job {
        let job = Job.accepted(jobId: JobID.generate(), userId: userId, delayMilliseconds: delayMilliseconds, now: now)
        // Built before the job exists, so that nothing can fail between accepting and publishing
        // except the publishing itself.
        let entry = try JobRequested.entry(jobId: job.jobId, busName: busName)
        do {
            try await ledger.open(job, maxActiveJobs: settings.maxActiveJobs)
        } catch JobLimitError.tooManyActive {
            let grace = Int64(settings.abandonAfterSeconds) * 1_000
            guard try await ledger.reclaimAbandoned(of: userId, now: now, graceMilliseconds: grace) > 0 else {
                throw JobLimitError.tooManyActive(userId: userId, maxActiveJobs: settings.maxActiveJobs)
            }
            try await ledger.open(job, maxActiveJobs: settings.maxActiveJobs)
        }
        let failure: AWSError
        do {
            let response = try await events.putEvents([entry])
            guard let rejection = JobRequested.rejection(in: response) else { return job }
            failure = rejection
        } catch {
            failure = error
        }
        var undoError: AWSError?
        do {
            _ = try await ledger.finish(job, as: .failed, reason: "the job's event could not be published (\(failure.code))")
        } catch {
            undoError = error
        }
        throw DispatchFailure(job: job, cause: failure, undoError: undoError)
    }
}
