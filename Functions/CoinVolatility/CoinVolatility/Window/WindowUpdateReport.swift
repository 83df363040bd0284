import LambdaEvents

/// What one batch of stream records did to the windows.
public struct WindowUpdateReport: Sendable {
    /// The records to deliver again: for each pair whose window could not be written, its first
    /// record of the batch. The stream resumes from the earliest of them.
    public var response: PartialBatchResponse
    /// Records applied.
    public var applied: Int
    /// Records skipped because they were applied before (a redelivery).
    public var alreadyApplied: Int
    /// Pairs whose windows were written.
    public var pairsWritten: Int
    /// Things worth a warning in the log: records that are not sample changes, removals from
    /// empty windows, windows that could not be written.
    public var problems: [String]
}
