/// What finishing a job did.
public enum FinishOutcome: Sendable, Hashable {
    /// The job was active: it now has its final status and its slot is free again.
    case finished
    /// The job had been finished already (a redelivered event, a second run): nothing changed.
    case alreadyFinished
    /// The job was finished, but its user's counter was already at zero: a counter out of step
    /// with the jobs, which is worth a log line (the job itself is correct).
    case finishedWithoutSlot
}
