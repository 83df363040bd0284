/// What a start does next, decided from the user's item as the last conditional write saw it.
///
/// A start first tries the plain admission (a conditional write that needs no read). When that
/// write's condition fails, DynamoDB hands back the item as it was (`ALL_OLD`), and this decides
/// the next write from it; that write is conditional again, so a concurrent change only means
/// deciding once more from fresher state, never a slot too many.
public enum StartDecision: Sendable, Hashable {
    /// The user has no lease map yet: create it holding this stream.
    case create
    /// There is a free slot (the item changed since the first write): try the admission again.
    case admit
    /// The stream holds a lease already: extend it; it takes no second slot.
    case renew
    /// Every slot is taken, but these leases have expired: remove them and add this stream, in
    /// one write.
    case reclaim([StreamLease])
    /// Every slot is held by a live lease.
    case refuse(activeStreams: Int)

    /// Decides how to start `streamId` for a user whose leases are `current` (`nil`: no item yet).
    public static func decide(current: UserStreams?, streamId: String, now: Int64, maxStreams: Int) -> StartDecision {
        guard let current else { return .create }
        if current.storedLeases[streamId] != nil { return .renew }
        if current.storedLeases.count < maxStreams { return .admit }
        let expired = current.expired(at: now)
        if !expired.isEmpty, current.storedLeases.count - expired.count < maxStreams {
            return .reclaim(expired)
        }
        return .refuse(activeStreams: current.activeCount(at: now))
    }
}
