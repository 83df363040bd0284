import Foundation
import NIOCore
import Synchronization

/// The warm instances of one function, as Lambda keeps execution environments.
///
/// A request takes a slot on a running instance; an instance has one slot, or, for a Managed
/// Instances function, as many as its `PerExecutionEnvironmentMaxConcurrency`. When every slot is
/// taken it starts another instance, up to the concurrency limit, then waits in line. An instance
/// that crashed or timed out is not reused (the next request starts a fresh one), except that a
/// Managed Instances instance outlives a timeout, as Lambda's does; one unused for the idle timeout
/// is stopped. With tenant isolation each instance serves one tenant for its whole life. Each
/// invocation's `START`, `END` and `REPORT` lines are written to the log with the function's own lines.
public final class FunctionPool: Sendable {
    /// The pool's settings.
    public let configuration: FunctionPoolConfiguration
    private let state: Mutex<PoolState>
    private let log: @Sendable (String) -> Void
    private let reaper = Mutex<Task<Void, Never>?>(nil)

    /// Creates an empty pool; instances start on demand. Every log line goes to `log`.
    public init(configuration: FunctionPoolConfiguration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.state = Mutex(PoolState(capacity: configuration.maxConcurrencyPerInstance))
        self.log = log
        startReaper()
    }

    /// How many instances exist (running, idle or starting).
    public var instanceCount: Int { state.withLock { $0.live } }

    /// The process ids of the instances that are running now.
    public var instancePIDs: [Int32] { state.withLock { $0.running.map(\.pooled.instance.pid) } }

    /// Runs one invocation on a warm or new instance and reports it as Lambda's Invoke API would.
    public func invoke(_ invocation: PoolInvocation) async -> PoolInvocationResult {
        if let refusal = configuration.tenantRefusal(invocation.tenantID) {
            return failure(invocation, refusal.functionError)
        }
        return await proceed(invocation, with: await lease(tenantID: invocation.tenantID))
    }

    /// Runs one invocation as ``invoke(_:)`` does and calls `completion` with the result.
    ///
    /// When a warm instance has room, the invocation runs on callbacks alone, from the caller's
    /// thread to the instance's Runtime API event loop and back: no task is started, which is most
    /// of what a task-based invocation costs on top of the function's own work. Otherwise (a cold
    /// start, a wait for an instance) a task takes over.
    public func invoke(_ invocation: PoolInvocation, completion: @escaping @Sendable (PoolInvocationResult) -> Void) {
        if let refusal = configuration.tenantRefusal(invocation.tenantID) {
            return completion(failure(invocation, refusal.functionError))
        }
        guard let pooled = state.withLock({ $0.acquireWarm(tenantID: invocation.tenantID) }) else {
            Task { completion(await invoke(invocation)) }
            return
        }
        if pooled.instance.exitStatus == nil {
            return run(invocation, on: pooled, reportInit: false, completion: completion)
        }
        Task { completion(await proceed(invocation, with: await replaceDead(pooled))) }
    }

    private func proceed(_ invocation: PoolInvocation, with lease: PoolState.Lease) async -> PoolInvocationResult {
        switch lease {
        case .shutDown:
            return failure(invocation, .lambdaReported(.shutDown, requestID: invocation.requestID, timeout: configuration.timeout))
        case .failed(let error):
            return failure(invocation, error)
        case .warm(let pooled):
            return await run(invocation, on: pooled, reportInit: false)
        case .startNew(let number):
            switch await startInstance(number, tenantID: invocation.tenantID) {
            case .success(let pooled):
                return await run(invocation, on: pooled, reportInit: true)
            case .failure(let error):
                return failure(invocation, error)
            }
        }
    }

    /// Stops idle instances now and retires busy ones when they finish: the next requests start
    /// fresh instances (after a rebuild, with the new binary). Requests in flight are not disturbed.
    public func recycle() async {
        let stale = state.withLock { state -> [PooledInstance] in
            state.generation += 1
            let idle = state.removeIdle { _ in true }
            for index in state.running.indices { state.running[index].retiring = true }
            return idle
        }
        for pooled in stale { await pooled.instance.stop() }
    }

    /// Refuses new requests, lets those in flight finish for at most `grace`, then stops every
    /// instance and waits until each process is reaped.
    public func shutdown(grace: Duration = .seconds(10)) async {
        let waiters = state.withLock { state in
            state.shuttingDown = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.continuation.resume(returning: .shutDown) }
        reaper.withLock { $0?.cancel() }
        let deadline = ContinuousClock.now + grace
        while state.withLock({ $0.busy }) > 0 && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        let everyone = state.withLock { state in
            defer { state.running = [] }
            return state.running.map(\.pooled)
        }
        await withTaskGroup(of: Void.self) { group in
            for pooled in everyone {
                group.addTask { await pooled.instance.stop() }
            }
        }
    }

    // MARK: Leasing

    private func lease(tenantID: String?) async -> PoolState.Lease {
        let limit = configuration.maxConcurrency
        let waiterID = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        let lease: PoolState.Lease = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let (immediate, evicted) = state.withLock {
                    $0.acquire(tenantID: tenantID, limit: limit, waiterID: waiterID, continuation: continuation)
                }
                if let evicted { Task { await evicted.instance.stop() } }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<PoolState.Lease, Never>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == waiterID }) else { return nil }
                return state.waiters.remove(at: index).continuation
            }
            waiter?.resume(returning: .shutDown)
        }
        guard case .warm(let pooled) = lease, pooled.instance.exitStatus != nil else { return lease }
        return await replaceDead(pooled)
    }

    /// An instance may have died since it was last used: such an instance is counted out and the
    /// request starts a fresh one in its place.
    private func replaceDead(_ pooled: PooledInstance) async -> PoolState.Lease {
        let lease = state.withLock { $0.replaceDead(pooled) }
        await pooled.instance.stop()
        return lease
    }

    /// Gives the invocation's slot back (to the pool or to the oldest waiter), then calls `then`; an
    /// instance taken out of service is stopped first, once nothing else runs on it.
    private func giveBack(_ pooled: PooledInstance, reusable: Bool, then: @escaping @Sendable () -> Void) {
        let (handoffs, stop) = state.withLock { $0.release(pooled, reusable: reusable) }
        for handoff in handoffs { handoff.continuation.resume(returning: handoff.lease) }
        guard stop else { return then() }
        Task {
            await pooled.instance.stop()
            then()
        }
    }

    /// Start `number` ended without an instance: its joiners get the error, its room is passed on.
    private func startFailed(_ number: Int, _ error: FunctionError) {
        let handoffs = state.withLock { $0.startFailed(number, error) }
        for handoff in handoffs { handoff.continuation.resume(returning: handoff.lease) }
    }

    // MARK: Instances

    private func startInstance(_ number: Int, tenantID: String?) async -> Result<PooledInstance, FunctionError> {
        let capture = LogCapture()
        let prefix = configuration.logPrefix
        let log = self.log
        let generation = state.withLock { $0.generation }
        let instance: FunctionInstance
        do {
            instance = try await FunctionInstance.start(configuration.launch) { line in
                capture.append(line)
                log(prefix + line)
            }
        } catch {
            log(prefix + "lambda-local: cannot start \(configuration.functionName): \(error)")
            let failure = FunctionError(errorType: "Runtime.InvalidEntrypoint", message: "\(error)")
            startFailed(number, failure)
            return .failure(failure)
        }
        let (outcome, initDuration) = await instance.waitForInit(timeout: configuration.initTimeout)
        let pooled = PooledInstance(
            instance: instance, capture: capture, tenantID: tenantID, generation: generation, initDuration: initDuration)
        switch outcome {
        case .ready:
            // A shutdown that began while this instance started has already stopped the others; it
            // must not be kept past it.
            let joiners = state.withLock { state -> [CheckedContinuation<PoolState.Lease, Never>]? in
                state.shuttingDown ? nil : state.started(number, pooled)
            }
            guard let joiners else {
                await instance.stop()
                let error = FunctionError.lambdaReported(.shutDown, requestID: "init", timeout: configuration.initTimeout)
                startFailed(number, error)
                return .failure(error)
            }
            for joiner in joiners { joiner.resume(returning: .warm(pooled)) }
            return .success(pooled)
        case .failed(let error):
            await instance.stop()
            log(prefix + Self.initReport(initDuration, status: "error", errorType: error.errorType))
            startFailed(number, error)
            return .failure(error)
        case .abandoned(let reason):
            await instance.stop()
            let error = FunctionError.lambdaReported(reason, requestID: "init", timeout: configuration.initTimeout)
            log(prefix + Self.initReport(initDuration, status: reason == .timedOut ? "timeout" : "error", errorType: error.errorType))
            startFailed(number, error)
            return .failure(error)
        }
    }

    private func run(_ invocation: PoolInvocation, on pooled: PooledInstance, reportInit: Bool) async -> PoolInvocationResult {
        await withCheckedContinuation { continuation in
            run(invocation, on: pooled, reportInit: reportInit) { continuation.resume(returning: $0) }
        }
    }

    /// The invocation on `pooled`, from `START` to `REPORT`; `completion` is called once the
    /// instance is back in the pool (or stopped), on whichever thread got there last.
    private func run(
        _ invocation: PoolInvocation, on pooled: PooledInstance, reportInit: Bool,
        completion: @escaping @Sendable (PoolInvocationResult) -> Void
    ) {
        let configuration = self.configuration
        let prefix = configuration.logPrefix
        let requestID = invocation.requestID
        if invocation.capturesLogs { pooled.capture.begin(requestID) }
        let startLine = LambdaLogLines.start(
            requestID: requestID, version: configuration.executedVersion(for: invocation.qualifier) ?? "$LATEST",
            tenantID: invocation.tenantID)
        pooled.capture.append(startLine)
        log(prefix + startLine)

        let deadline = Int64(Date().timeIntervalSince1970 * 1_000) + Int64(configuration.timeout.milliseconds)
        let request = InvocationRequest(
            requestID: requestID,
            payload: invocation.payload,
            deadlineMilliseconds: deadline,
            // The ARN as the caller invoked it: a function reads its alias from the qualifier.
            invokedFunctionARN: invocation.qualifier.map { configuration.invokedFunctionARN + ":" + $0 }
                ?? configuration.invokedFunctionARN,
            traceID: invocation.traceID,
            clientContext: invocation.clientContext,
            cognitoIdentity: invocation.cognitoIdentity,
            tenantID: invocation.tenantID)
        pooled.instance.invoke(request, timeout: configuration.timeout) { [self] record in
            var status: String?
            let outcome: PoolInvocationResult.Outcome
            switch record.outcome {
            case .response(let body):
                outcome = .response(body)
            case .error(let error):
                outcome = .failure(error)
            case .abandoned(let reason):
                if reason == .timedOut {
                    let line = LambdaLogLines.timedOut(requestID: requestID, timeout: configuration.timeout)
                    pooled.capture.append(line)
                    log(prefix + line)
                }
                status = reason == .timedOut ? "timeout" : "error"
                outcome = .failure(.lambdaReported(reason, requestID: requestID, timeout: configuration.timeout))
            }
            // A Managed Instances instance outlives one invocation's timeout, as Lambda's does: the
            // others in flight on it go on, and the late answer gets 410. Otherwise the instance is
            // reset, as Lambda resets an environment that timed out or crashed.
            let reusable = status == nil
                || (status == "timeout" && configuration.maxConcurrencyPerInstance > 1 && pooled.instance.exitStatus == nil)
            let finish: @Sendable () -> Void = { [self, status] in
                let endLine = LambdaLogLines.end(requestID: requestID)
                let reportLine = LambdaLogLines.report(
                    requestID: requestID,
                    duration: record.duration,
                    memorySize: configuration.memorySize,
                    maxMemoryUsed: record.maxMemoryUsedMegabytes,
                    initDuration: reportInit ? pooled.initDuration : nil,
                    status: status,
                    tenantID: invocation.tenantID)
                for line in [endLine, reportLine] {
                    pooled.capture.append(line)
                    log(prefix + line)
                }
                let logs = invocation.capturesLogs ? pooled.capture.end(requestID) : nil
                giveBack(pooled, reusable: reusable) {
                    completion(PoolInvocationResult(requestID: requestID, outcome: outcome, logs: logs))
                }
            }
            // An instance taken out of service is stopped before END; either way the lines the
            // function wrote come first.
            if reusable {
                pooled.instance.catchUpWithOutput(then: finish)
            } else {
                Task {
                    await pooled.instance.stop()
                    finish()
                }
            }
        }
    }

    private func failure(_ invocation: PoolInvocation, _ error: FunctionError) -> PoolInvocationResult {
        PoolInvocationResult(requestID: invocation.requestID, outcome: .failure(error), logs: invocation.capturesLogs ? [] : nil)
    }

    // MARK: Idle instances

    private func startReaper() {
        let idleTimeout = configuration.idleTimeout
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: min(idleTimeout / 2, .seconds(5)))
                guard let self else { return }
                await self.retireIdle(olderThan: idleTimeout)
            }
        }
        reaper.withLock { $0 = task }
    }

    private func retireIdle(olderThan limit: Duration) async {
        let now = ContinuousClock.now
        let retired = state.withLock { $0.removeIdle { now - $0.idleSince >= limit } }
        for pooled in retired { await pooled.instance.stop() }
    }

    static func initReport(_ duration: Duration, status: String, errorType: String) -> String {
        "INIT_REPORT Init Duration: \(LambdaLogLines.format(duration.milliseconds)) ms\tPhase: init\tStatus: \(status)\tError Type: \(errorType)"
    }
}
