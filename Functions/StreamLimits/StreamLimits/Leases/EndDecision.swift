/// Which lease an end without a stream id releases.
public enum EndDecision: Sendable, Hashable {
    /// Release this lease: the live lease that started first (it ends first, as all leases last
    /// equally long), so that the stream most likely abandoned goes.
    case release(StreamLease)
    /// The user has no live lease.
    case nothingActive

    /// Decides from the user's leases (`nil`: no item).
    public static func decide(current: UserStreams?, now: Int64) -> EndDecision {
        guard let lease = current?.live(at: now).first else { return .nothingActive }
        return .release(lease)
    }
}
