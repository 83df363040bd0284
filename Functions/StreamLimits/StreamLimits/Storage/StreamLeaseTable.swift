import AWSClient
import LambdaEvents

/// The layout of the stream-limits table, and the requests that change it.
///
/// One item per user, keyed by `userId`:
///
/// ```
/// { "userId": "1", "leases": { "match-42": 1767225600000, "film-7": 1767229200000 }, "expiresAt": 1767229260 }
/// ```
///
/// `leases` maps each stream the user holds a slot for to the end of its lease (milliseconds since
/// 1970). Every write is a single conditional write on this one item, so the check ("is there a
/// free slot?") and the change ("take it") are one atomic step: no read-then-write race, and no
/// Scan. Keeping the records and the count in one item is what lets a start reclaim expired
/// leases in that same step; a separate counter could not tell which of its slots had expired.
///
/// `expiresAt` (seconds) is the table's time-to-live attribute: a minute after the user's latest
/// lease ends, the whole item may go, since every lease in it has ended by then.
public struct StreamLeaseTable: Sendable, Hashable {
    /// The table's name.
    public var name: String

    /// The partition key.
    public static let userIdAttribute = "userId"
    /// The map of stream id to lease end.
    public static let leasesAttribute = "leases"
    /// The time-to-live attribute, in seconds since 1970.
    public static let expiresAtAttribute = "expiresAt"
    /// How long after its latest lease ends an item is left for the time-to-live sweep: a margin
    /// for clocks that differ between function instances.
    public static let timeToLiveMarginSeconds: Int64 = 60

    /// Creates the layout for the table named `name`.
    public init(name: String) {
        self.name = name
    }

    /// The key of a user's item.
    public func key(userId: String) -> DynamoDBItem {
        [Self.userIdAttribute: .string(userId)]
    }

    /// The time-to-live of an item whose latest lease ends at `leaseEnd` (milliseconds).
    public static func timeToLive(afterLeaseEnd leaseEnd: Int64) -> Int64 {
        (leaseEnd + 999) / 1_000 + timeToLiveMarginSeconds
    }

    /// Names every placeholder these requests use; stream ids are arbitrary text, so they always
    /// go through placeholders.
    static func names(stream: String?, others: [String] = []) -> [String: String] {
        var names = ["#leases": leasesAttribute, "#expiresAt": expiresAtAttribute]
        if let stream { names["#stream"] = stream }
        for (index, other) in others.enumerated() { names["#old\(index)"] = other }
        return names
    }
}
