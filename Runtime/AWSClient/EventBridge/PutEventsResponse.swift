/// The output of PutEvents: one result per entry, in the order the entries were given.
///
/// A call can succeed as a whole while some entries fail; check ``failedEntryCount`` or
/// ``failures``, and resend the failed entries if they matter.
public struct PutEventsResponse: Sendable, Decodable {
    /// How many entries failed.
    public var failedEntryCount: Int
    /// One result per entry, in request order.
    public var entries: [PutEventsResultEntry]

    /// Creates an output.
    public init(failedEntryCount: Int, entries: [PutEventsResultEntry]) {
        self.failedEntryCount = failedEntryCount
        self.entries = entries
    }

    /// The failed entries with their positions in the request.
    public var failures: [(index: Int, result: PutEventsResultEntry)] {
        entries.enumerated().filter { $0.element.isFailure }.map { (index: $0.offset, result: $0.element) }
    }

    private enum CodingKeys: String, CodingKey {
        case failedEntryCount = "FailedEntryCount"
        case entries = "Entries"
    }

    /// Decodes the output; missing members count as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entries = try container.decodeIfPresent([PutEventsResultEntry].self, forKey: .entries) ?? []
        failedEntryCount = try container.decodeIfPresent(Int.self, forKey: .failedEntryCount)
            ?? entries.filter(\.isFailure).count
    }
}
