/// How many streams a user may watch at once, and how long a lease lasts without renewal.
public struct StreamLimitSettings: Sendable, Hashable {
    /// The most streams one user may have active (`MAX_STREAMS`).
    public var maxStreams: Int
    /// How long a lease holds its slot after its last start (`STREAM_LEASE_SECONDS`).
    public var leaseSeconds: Int

    /// `MAX_STREAMS`' default: the original service's limit.
    public static let defaultMaxStreams = 3
    /// `STREAM_LEASE_SECONDS`' default: two hours, longer than most single viewings; longer ones renew.
    public static let defaultLeaseSeconds = 7_200
    /// The range `MAX_STREAMS` must fall in: the user's item holds one map entry per slot.
    public static let maxStreamsRange = 1...100
    /// The range `STREAM_LEASE_SECONDS` must fall in: a second to a week.
    public static let leaseSecondsRange = 1...604_800

    /// Creates settings.
    public init(maxStreams: Int = defaultMaxStreams, leaseSeconds: Int = defaultLeaseSeconds) {
        self.maxStreams = maxStreams
        self.leaseSeconds = leaseSeconds
    }

    /// When a lease started (or renewed) at `now` ends, in milliseconds since 1970.
    public func leaseEnd(startingAt now: Int64) -> Int64 {
        now + Int64(leaseSeconds) * 1_000
    }
}
