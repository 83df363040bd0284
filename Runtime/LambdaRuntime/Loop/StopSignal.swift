import Synchronization

/// Tells the concurrent loops of one process to stop taking events once one of them has failed:
/// the process is about to end, and the invocations in flight should still get their answers.
final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    /// Whether a loop has failed.
    var isSet: Bool { stopped.load(ordering: .relaxed) }

    /// Asks every loop to stop after its current invocation.
    func set() { stopped.store(true, ordering: .relaxed) }
}
