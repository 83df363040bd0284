import AWSClient

/// An accepted job whose event could not be published. The job has been marked failed and its
/// slot freed, unless ``undoError`` says that failed too.
public struct DispatchFailure: Error, Sendable, CustomStringConvertible {
    /// The job that was accepted and then failed.
    public var job: Job
    /// Why the event was not published.
    public var cause: AWSError
    /// Why the job could not be marked failed, leaving it active; `nil` when it was.
    public var undoError: AWSError?

    /// Creates the failure.
    public init(job: Job, cause: AWSError, undoError: AWSError?) {
        self.job = job
        self.cause = cause
        self.undoError = undoError
    }

    public var description: String {
        var text = "job \(job.jobId) was not dispatched: \(cause)"
        if let undoError { text += "; marking it failed failed too, so it holds a slot until it is reclaimed as abandoned: \(undoError)" }
        return text
    }
}
