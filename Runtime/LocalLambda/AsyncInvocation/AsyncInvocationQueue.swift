import Foundation
import NIOCore

/// Lambda's queue for asynchronous invocations: accepted invocations are stored first, then
/// delivered to their function's pool; a failed one is tried again (twice by default, waiting
/// longer each time) and then dropped with a log line, as Lambda does.
///
/// Everything that invokes asynchronously goes through it: the Invoke API's `Event` type,
/// EventBridge rules and schedules. With a durable store, an invocation accepted before a crash
/// is delivered after the restart.
public final class AsyncInvocationQueue: Sendable {
    /// Invocations taken from the store per look; more wait their turn in the store, not in memory.
    static let claimBatch = 256

    let store: any PendingInvocationStore
    let registry: FunctionRegistry
    let policy: AsyncInvocationPolicy
    let log: @Sendable (String) -> Void
    private let wake = WakeSignal()

    /// Creates a queue; call ``run()`` to start delivering.
    public init(
        store: any PendingInvocationStore,
        registry: FunctionRegistry,
        policy: AsyncInvocationPolicy = AsyncInvocationPolicy(),
        log: @escaping @Sendable (String) -> Void
    ) {
        self.store = store
        self.registry = registry
        self.policy = policy
        self.log = log
    }

    /// Accepts invocations: once this returns, they are stored and will be delivered.
    public func enqueue(_ requests: [AsyncInvocationRequest]) async throws {
        guard !requests.isEmpty else { return }
        try await store.add(requests)
        wake.signal()
    }

    /// Delivers invocations as they fall due, until the task is cancelled.
    public func run() async {
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                do {
                    let due = try await store.claimDue(at: Date(), limit: Self.claimBatch)
                    for invocation in due {
                        group.addTask { await self.deliver(invocation) }
                    }
                    if due.count == Self.claimBatch { continue }
                    let next = try await store.nextDueDate()
                    let wait = next.map { max(0, $0.timeIntervalSinceNow) } ?? 3_600
                    await wake.wait(atMost: .milliseconds(Int(min(wait, 3_600) * 1_000) + 1))
                } catch {
                    log("lambda-local: asynchronous invocations: \(error); trying again in 1 s")
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
    }

    /// One attempt at one invocation, and what follows from its outcome.
    private func deliver(_ invocation: PendingInvocation) async {
        guard let pool = registry.pool(named: invocation.functionName) else {
            log("lambda-local: \(invocation.origin): no function \(invocation.functionName) in the template; invocation \(invocation.requestID) dropped")
            try? await store.remove(invocation.id)
            return
        }
        // Each attempt keeps the request id, as Lambda's retries do; the Runtime API gives each its
        // own invocation id, so a late answer to an earlier attempt is refused.
        let result = await pool.invoke(PoolInvocation(
            requestID: invocation.requestID, payload: ByteBuffer(bytes: invocation.payload), tenantID: invocation.tenantID))
        let name = pool.configuration.functionName
        do {
            guard case .failure(let error) = result.outcome else {
                try await store.remove(invocation.id)
                return
            }
            let failed = invocation.failedAttempts + 1
            let retries = pool.configuration.maximumRetryAttempts
            guard failed <= retries else {
                log("lambda-local: \(name): asynchronous invocation \(invocation.requestID) (\(invocation.origin)) failed after \(failed) attempts (\(error.errorType)); the event is dropped")
                try await store.remove(invocation.id)
                return
            }
            let delay = policy.firstDelay * (1 << (failed - 1))
            log("lambda-local: \(name): asynchronous invocation \(invocation.requestID) (\(invocation.origin)) failed (\(error.errorType)); retrying in \(delay)")
            try await store.retry(invocation.id, failedAttempts: failed, at: Date().addingTimeInterval(delay.seconds))
            wake.signal()
        } catch {
            log("lambda-local: \(name): cannot record the outcome of invocation \(invocation.requestID): \(error)")
        }
    }
}
