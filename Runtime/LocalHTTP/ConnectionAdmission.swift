import Synchronization

/// Counts a server's open connections against its limit and decides what each new one gets.
///
/// Beyond the limit a connection is answered `503 Service Unavailable` rather than dropped at
/// accept: a client then learns why, and the answer is a few bytes written once into an empty
/// socket buffer, so it neither blocks nor queues. A refused connection still holds a descriptor
/// while it closes gracefully (see ``InputGuard``), so refusals in progress have a limit of their
/// own; beyond both, a flood is closed at accept without a word.
final class ConnectionAdmission: Sendable {
    /// What a new connection gets.
    enum Decision {
        case serve
        case refuse
        case drop
    }

    /// Fails the setup of a connection dropped at accept.
    struct Flooded: Error {}

    /// Refused connections closing at once, beyond which new ones are dropped.
    static var maxRefusing: Int { 64 }

    let maxServed: Int
    private let served = Atomic<Int>(0)
    private let refusing = Atomic<Int>(0)

    init(maxServed: Int) {
        self.maxServed = maxServed
    }

    /// Connections being served now.
    var open: Int { served.load(ordering: .relaxed) }

    /// Takes a place for a new connection; give it back with ``release(_:)`` when it closes.
    func admit() -> Decision {
        if served.add(1, ordering: .relaxed).newValue <= maxServed { return .serve }
        served.subtract(1, ordering: .relaxed)
        if refusing.add(1, ordering: .relaxed).newValue <= Self.maxRefusing { return .refuse }
        refusing.subtract(1, ordering: .relaxed)
        return .drop
    }

    func release(_ decision: Decision) {
        switch decision {
        case .serve: served.subtract(1, ordering: .relaxed)
        case .refuse: refusing.subtract(1, ordering: .relaxed)
        case .drop: break
        }
    }
}
