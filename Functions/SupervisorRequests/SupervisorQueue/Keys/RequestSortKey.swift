/// A request's sort key in its store's partition: `status#priority#requestTimestamp#requestId`,
/// written so that a plain ascending Query lists a status's requests highest priority first, then
/// oldest first.
///
/// - The priority is stored inverted (`10 - priority`, two digits): priority 10 writes `00` and
///   sorts first.
/// - The time is epoch milliseconds padded to 13 digits: fixed width, so text order is time order
///   (until the year 2286).
/// - The request id last makes keys unique when two requests share a priority and a millisecond.
///
/// The status comes first so that `begins_with(sk, "PENDING#")` reads one status's range;
/// `NOT_PENDING#` does not begin with `PENDING#`, and the ids cannot contain `#`.
public struct RequestSortKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var status: RequestStatus
    public var priority: Priority
    /// Epoch milliseconds.
    public var requestedAt: Int64
    public var requestId: RequestID

    /// Creates a key.
    public init(status: RequestStatus, priority: Priority, requestedAt: Int64, requestId: RequestID) {
        self.status = status
        self.priority = priority
        self.requestedAt = requestedAt
        self.requestId = requestId
    }

    static let timeDigits = 13
    static let priorityDigits = 2

    /// The key's text.
    public var text: String {
        let inverted = Priority.range.upperBound - priority.value
        return [
            status.rawValue,
            Self.padded(Int64(inverted), to: Self.priorityDigits),
            Self.padded(max(requestedAt, 0), to: Self.timeDigits),
            requestId.value,
        ].joined(separator: "#")
    }

    public var description: String { text }

    /// The prefix every key of `status` starts with.
    public static func prefix(of status: RequestStatus) -> String { status.rawValue + "#" }

    /// Reads a key's text; `nil` when it is not a request's sort key.
    public init?(text: String) {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 4,
              let status = RequestStatus(rawValue: String(parts[0])),
              parts[1].count == Self.priorityDigits, let inverted = Int(parts[1]),
              let priority = try? Priority(Priority.range.upperBound - inverted),
              parts[2].count == Self.timeDigits, parts[2].allSatisfy(\.isNumber), let requestedAt = Int64(parts[2]),
              let requestId = try? RequestID(String(parts[3]))
        else { return nil }
        self.init(status: status, priority: priority, requestedAt: requestedAt, requestId: requestId)
    }

    /// The order a Query reads keys in: their text's.
    public static func < (lhs: RequestSortKey, rhs: RequestSortKey) -> Bool { lhs.text < rhs.text }

    static func padded(_ value: Int64, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
