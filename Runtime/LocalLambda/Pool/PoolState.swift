/// The instances of one function and the requests waiting for one, behind the pool's lock.
struct PoolState {
    /// What a request gets from the pool.
    enum Lease {
        /// A warm instance to reuse.
        case warm(PooledInstance)
        /// Room to start a new instance (counted in `live` already).
        case startNew
        /// The pool is shutting down.
        case shutDown
    }

    /// Warm instances, most recently used last: reusing the warmest first lets the others go idle
    /// and retire.
    var idle: [(instance: PooledInstance, since: ContinuousClock.Instant)] = []
    /// Instances running, idle or starting: what counts against the concurrency limit.
    var live = 0
    /// Instances serving an invocation right now.
    var busy = 0
    /// Requests waiting for an instance, oldest first.
    var waiters: [(id: Int, continuation: CheckedContinuation<Lease, Never>)] = []
    var nextWaiterID = 0
    var generation = 0
    var shuttingDown = false
    /// Every instance that exists, so that shutdown can stop them all.
    var all: [ObjectIdentifier: PooledInstance] = [:]

    /// Takes a warm instance or room for a new one; `nil` means wait.
    mutating func acquire(limit: Int) -> Lease? {
        if shuttingDown { return .shutDown }
        if let (instance, _) = idle.popLast() {
            busy += 1
            return .warm(instance)
        }
        if live < limit {
            live += 1
            busy += 1
            return .startNew
        }
        return nil
    }

    /// Gives an instance back. Returns the waiter to hand it to, if any.
    mutating func release(_ instance: PooledInstance, reusable: Bool) -> (CheckedContinuation<Lease, Never>, Lease)? {
        busy -= 1
        guard reusable, !shuttingDown, instance.generation == generation else {
            return discard(instance)
        }
        if !waiters.isEmpty {
            busy += 1
            return (waiters.removeFirst().continuation, .warm(instance))
        }
        idle.append((instance, .now))
        return nil
    }

    /// Counts an instance out (it crashed, timed out, failed its init, or is too old), and passes the
    /// room it leaves to the oldest waiter, who will start a new one.
    mutating func discard(_ instance: PooledInstance?) -> (CheckedContinuation<Lease, Never>, Lease)? {
        if let instance { all[ObjectIdentifier(instance)] = nil }
        live -= 1
        guard !waiters.isEmpty, !shuttingDown else { return nil }
        live += 1
        busy += 1
        return (waiters.removeFirst().continuation, .startNew)
    }
}
