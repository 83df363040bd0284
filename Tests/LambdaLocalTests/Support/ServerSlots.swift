import Synchronization

/// How many `lambda-local` servers the end-to-end tests run at once.
///
/// Swift Testing starts every test at once; a hundred servers with their function processes on two
/// cores make each of them slow enough to miss the deadlines their tests allow (a lease that
/// should expire, a schedule that should fire). Tests past the limit wait their turn instead, so
/// each measures lambda-local rather than the machine's queue. A slot held too long (a test that
/// starts two servers at once) is not waited for forever: after `maximumWait` the test goes ahead.
final class ServerSlots: Sendable {
    static let shared = ServerSlots(limit: 3)
    static let maximumWait: Duration = .seconds(180)

    private struct State {
        var free: Int
        var waiters: [(id: Int, continuation: CheckedContinuation<Void, Never>)] = []
        var next = 0
    }

    private let state: Mutex<State>

    init(limit: Int) {
        state = Mutex(State(free: limit))
    }

    /// Waits for a slot (at most ``maximumWait``); every call must be matched by one ``release()``.
    func acquire() async {
        let id = state.withLock { state -> Int? in
            if state.free > 0 {
                state.free -= 1
                return nil
            }
            state.next += 1
            return state.next
        }
        guard let id else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            state.withLock { $0.waiters.append((id, continuation)) }
            Task {
                try? await Task.sleep(for: Self.maximumWait)
                // Still waiting: go ahead anyway, one over the limit.
                let expired = state.withLock { state -> CheckedContinuation<Void, Never>? in
                    guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                    state.free -= 1
                    return state.waiters.remove(at: index).continuation
                }
                expired?.resume()
            }
        }
    }

    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.free += 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }
}
