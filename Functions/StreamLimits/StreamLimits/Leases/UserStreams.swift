import LambdaEvents

/// One user's stream leases as stored in their item: a map from stream id to the lease's end.
///
/// The map's size is the number of slots taken, expired leases included until someone reclaims
/// them; that is what the conditional writes compare with the limit (`size(leases) < :max`), so
/// the count and the records can never disagree.
public struct UserStreams: Sendable, Hashable {
    /// The user.
    public var userId: String
    /// The leases by stream id, as stored: a lease whose end is not a number counts as expired.
    public var storedLeases: [String: AttributeValue]

    /// Creates the record of a user's leases.
    public init(userId: String, storedLeases: [String: AttributeValue]) {
        self.userId = userId
        self.storedLeases = storedLeases
    }

    /// Reads a stored item; `nil` when there is no item or it has no lease map yet.
    public init?(item: DynamoDBItem?) {
        guard let item, let userId = item[StreamLeaseTable.userIdAttribute]?.stringValue,
              let leases = item[StreamLeaseTable.leasesAttribute]?.mapValue else { return nil }
        self.init(userId: userId, storedLeases: leases)
    }

    /// Every lease, earliest end first (ties by stream id, so that choices are repeatable).
    public var leases: [StreamLease] {
        storedLeases.map { streamId, value in
            // Anything but a whole number is not a lease this system wrote: treat it as long expired.
            StreamLease(streamId: streamId, expiresAt: value.numberText.flatMap { Int64($0) } ?? 0)
        }
        .sorted { ($0.expiresAt, $0.streamId) < ($1.expiresAt, $1.streamId) }
    }

    /// The leases that still hold a slot at `now`.
    public func live(at now: Int64) -> [StreamLease] {
        leases.filter { $0.isLive(at: now) }
    }

    /// The leases that have run out at `now` but still sit in the map.
    public func expired(at now: Int64) -> [StreamLease] {
        leases.filter { !$0.isLive(at: now) }
    }

    /// How many streams are active at `now`.
    public func activeCount(at now: Int64) -> Int {
        live(at: now).count
    }

    /// The lease of `streamId`, if the user holds one (live or expired).
    public func lease(of streamId: String) -> StreamLease? {
        leases.first { $0.streamId == streamId }
    }
}
