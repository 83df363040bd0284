/// The instances of one function and the requests waiting for one, behind the pool's lock.
///
/// An instance takes up to `capacity` invocations at once (1, or a Managed Instances function's
/// `PerExecutionEnvironmentMaxConcurrency`), and serves one tenant for its whole life (`nil` for a
/// function without tenant isolation). A request goes to a running instance of its tenant with room,
/// else joins an instance of its tenant that is starting with room, else starts one (below the
/// limit, or in place of an idle instance of another tenant), else waits in line.
struct PoolState {
    /// What a request gets from the pool.
    enum Lease {
        /// A running instance, with a slot taken for the request.
        case warm(PooledInstance)
        /// Room to start a new instance (counted in `live` already), under the given start number.
        case startNew(Int)
        /// The instance the request joined failed to start.
        case failed(FunctionError)
        /// The pool is shutting down.
        case shutDown
    }

    /// A running instance and how much of it is taken.
    struct Running {
        let pooled: PooledInstance
        /// Invocations handed to it and not yet given back.
        var inFlight: Int
        /// When `inFlight` last fell to zero (or the instance started): idle instances retire.
        var idleSince: ContinuousClock.Instant
        /// Taken out of service (crashed, rebuilt, shut down): no new invocations, stopped once the
        /// last one in flight is given back.
        var retiring = false
    }

    /// An instance being started, with the requests that will run on it once it is ready.
    struct Starting {
        let tenantID: String?
        /// The starter's slot and the joiners'.
        var reserved: Int
        var joiners: [CheckedContinuation<Lease, Never>] = []
    }

    typealias Waiter = (id: Int, tenantID: String?, continuation: CheckedContinuation<Lease, Never>)
    typealias Handoff = (continuation: CheckedContinuation<Lease, Never>, lease: Lease)

    let capacity: Int
    var running: [Running] = []
    var starting: [Int: Starting] = [:]
    var nextStart = 0
    /// Instances running or starting: what counts against the limit.
    var live = 0
    /// Invocations leased and not yet given back.
    var busy = 0
    /// Requests waiting for room, oldest first.
    var waiters: [Waiter] = []
    var nextWaiterID = 0
    var generation = 0
    var shuttingDown = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// A slot on a running instance of the tenant, or `nil`. Takes the fullest instance with room,
    /// the most recently used among equals: packing invocations lets the others go idle and retire.
    mutating func acquireWarm(tenantID: String?) -> PooledInstance? {
        guard !shuttingDown else { return nil }
        var best: Int?
        for index in running.indices {
            let candidate = running[index]
            guard !candidate.retiring, candidate.pooled.tenantID == tenantID, candidate.inFlight < capacity else { continue }
            if let chosen = best {
                let current = running[chosen]
                guard candidate.inFlight > current.inFlight
                    || (candidate.inFlight == current.inFlight && candidate.idleSince > current.idleSince) else { continue }
            }
            best = index
        }
        guard let best else { return nil }
        running[best].inFlight += 1
        busy += 1
        return running[best].pooled
    }

    /// A lease at once, or `nil` once `continuation` is registered (joining a starting instance, or
    /// waiting in line). `evicted` is an idle instance of another tenant that gave up its room and
    /// must be stopped.
    mutating func acquire(
        tenantID: String?, limit: Int, waiterID: Int, continuation: CheckedContinuation<Lease, Never>
    ) -> (lease: Lease?, evicted: PooledInstance?) {
        if shuttingDown { return (.shutDown, nil) }
        if let pooled = acquireWarm(tenantID: tenantID) { return (.warm(pooled), nil) }
        if let start = starting.first(where: { $0.value.tenantID == tenantID && $0.value.reserved < capacity })?.key {
            starting[start]?.reserved += 1
            starting[start]?.joiners.append(continuation)
            busy += 1
            return (nil, nil)
        }
        if live < limit {
            live += 1
            return (beginStart(tenantID: tenantID), nil)
        }
        if let victim = running.firstIndex(where: { $0.inFlight == 0 && $0.pooled.tenantID != tenantID }) {
            let evicted = running.remove(at: victim).pooled
            return (beginStart(tenantID: tenantID), evicted)
        }
        waiters.append((waiterID, tenantID, continuation))
        return (nil, nil)
    }

    /// Records a start (its room already counted in `live`) with the requester's slot.
    private mutating func beginStart(tenantID: String?) -> Lease {
        nextStart += 1
        starting[nextStart] = Starting(tenantID: tenantID, reserved: 1)
        busy += 1
        return .startNew(nextStart)
    }

    /// The instance of start `number` is ready: it runs the starter's and the joiners' invocations.
    /// Returns the joiners, to be handed the instance.
    mutating func started(_ number: Int, _ pooled: PooledInstance) -> [CheckedContinuation<Lease, Never>] {
        guard let entry = starting.removeValue(forKey: number) else { return [] }
        running.append(Running(pooled: pooled, inFlight: entry.reserved, idleSince: .now))
        return entry.joiners
    }

    /// Start `number` failed: its joiners get the error, its room goes to the oldest waiter.
    mutating func startFailed(_ number: Int, _ error: FunctionError) -> [Handoff] {
        guard let entry = starting.removeValue(forKey: number) else { return [] }
        busy -= entry.reserved
        live -= 1
        return entry.joiners.map { ($0, .failed(error)) } + passRoom()
    }

    /// Gives an invocation's slot back. Returns the waiters to resume and whether the instance is
    /// now out of service and idle, to be stopped.
    mutating func release(_ pooled: PooledInstance, reusable: Bool) -> (handoffs: [Handoff], stop: Bool) {
        busy -= 1
        guard let index = running.firstIndex(where: { $0.pooled === pooled }) else { return ([], true) }
        running[index].inFlight -= 1
        if !reusable || shuttingDown || pooled.generation != generation {
            running[index].retiring = true
        }
        let entry = running[index]
        if entry.retiring {
            guard entry.inFlight == 0 else { return ([], false) }
            running.remove(at: index)
            live -= 1
            return (passRoom(), true)
        }
        if let waiter = waiters.firstIndex(where: { $0.tenantID == pooled.tenantID }) {
            running[index].inFlight += 1
            busy += 1
            return ([(waiters.remove(at: waiter).continuation, .warm(pooled))], false)
        }
        guard entry.inFlight == 0 else { return ([], false) }
        running[index].idleSince = .now
        // Idle, while a request of another tenant waits for room: it gets this instance's room.
        guard let other = waiters.first else { return ([], false) }
        running.remove(at: index)
        waiters.removeFirst()
        return ([(other.continuation, beginStart(tenantID: other.tenantID))], true)
    }

    /// Counts out an instance whose process died while it was idle; the request that found it
    /// starts a new one in its room.
    mutating func replaceDead(_ pooled: PooledInstance) -> Lease {
        running.removeAll { $0.pooled === pooled }
        busy -= 1
        return beginStart(tenantID: pooled.tenantID)
    }

    /// Hands the room an instance left to the oldest waiter, who will start a new one.
    private mutating func passRoom() -> [Handoff] {
        guard !waiters.isEmpty, !shuttingDown else { return [] }
        let waiter = waiters.removeFirst()
        live += 1
        return [(waiter.continuation, beginStart(tenantID: waiter.tenantID))]
    }

    /// Takes out instances with nothing in flight that `retire` selects.
    mutating func removeIdle(where retire: (Running) -> Bool) -> [PooledInstance] {
        var removed: [PooledInstance] = []
        running.removeAll { entry in
            guard entry.inFlight == 0, retire(entry) else { return false }
            removed.append(entry.pooled)
            return true
        }
        live -= removed.count
        return removed
    }
}
