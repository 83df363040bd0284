/// One stream a user is watching: it holds one of the user's slots until it is ended or until
/// ``expiresAt`` passes, whichever comes first.
///
/// A lease, not a flag, because a player can vanish without saying goodbye (a closed tab, a
/// dead phone): an expired lease is reclaimed by the user's next start, so a forgotten stream
/// never holds its slot for good. Players renew a lease by starting the same stream again.
public struct StreamLease: Sendable, Hashable {
    /// The stream's id, unique per user.
    public var streamId: String
    /// When the lease ends, in milliseconds since 1970.
    public var expiresAt: Int64

    /// Creates a lease.
    public init(streamId: String, expiresAt: Int64) {
        self.streamId = streamId
        self.expiresAt = expiresAt
    }

    /// Whether the lease still holds its slot at `now` (milliseconds since 1970).
    public func isLive(at now: Int64) -> Bool {
        expiresAt > now
    }
}
