import Synchronization

/// Something that happens once (the end of a process's output); waiters before and after it all resume.
final class OneShotSignal: Sendable {
    private struct State {
        var fired = false
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        /// Waits whose time ran out before they were registered.
        var expired: Set<Int> = []
        var next = 0
    }

    private let state = Mutex(State())

    func fire() {
        let waiters = state.withLock { state in
            state.fired = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Waits for the signal, or at most the given time.
    func wait(atMost limit: Duration) async {
        let id = state.withLock { state in
            state.next += 1
            return state.next
        }
        let timer = Task {
            try await Task.sleep(for: limit)
            self.expire(id)
        }
        await withCheckedContinuation { continuation in
            let done = state.withLock { state in
                if state.fired || state.expired.remove(id) != nil { return true }
                state.waiters[id] = continuation
                return false
            }
            if done { continuation.resume() }
        }
        timer.cancel()
    }

    private func expire(_ id: Int) {
        let waiter = state.withLock { state in
            let waiter = state.waiters.removeValue(forKey: id)
            if waiter == nil && !state.fired { state.expired.insert(id) }
            return waiter
        }
        waiter?.resume()
    }
}
