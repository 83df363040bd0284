/// A stream record that is not a change of a price sample: retrying it would fail the same way.
public struct SampleChangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record's sequence number as the stream wrote it.
    public var sequenceNumber: String
    /// What is wrong with it.
    public var problem: String

    public var description: String { "stream record \(sequenceNumber) is not a price sample change: \(problem)" }
}
