/// The pools of every function the emulator serves, found by logical ID or function name.
public final class FunctionRegistry: Sendable {
    /// The pools by logical ID.
    public let pools: [String: FunctionPool]
    private let byName: [String: FunctionPool]

    /// Creates a registry from pools keyed by logical ID.
    public init(pools: [String: FunctionPool]) {
        self.pools = pools
        var byName: [String: FunctionPool] = [:]
        for pool in pools.values { byName[pool.configuration.functionName] = pool }
        self.byName = byName
    }

    /// The pool for a logical ID or a function name.
    public func pool(named name: String) -> FunctionPool? {
        pools[name] ?? byName[name]
    }

    /// Retires every pool's instances (after a rebuild); requests in flight finish first.
    public func recycleAll() async {
        await withTaskGroup(of: Void.self) { group in
            for pool in pools.values { group.addTask { await pool.recycle() } }
        }
    }

    /// Shuts every pool down, letting invocations in flight finish for at most `grace`.
    public func shutdownAll(grace: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            for pool in pools.values { group.addTask { await pool.shutdown(grace: grace) } }
        }
    }
}
