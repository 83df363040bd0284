import Foundation
import NIOCore
import Synchronization

/// The warm instances of one function, as Lambda keeps execution environments.
///
/// A request reuses an idle instance; when every instance is busy it starts another, up to the
/// concurrency limit, then waits in line. An instance that crashed or timed out is not reused (the
/// next request starts a fresh one); one unused for the idle timeout is stopped. Each invocation's
/// `START`, `END` and `REPORT` lines are written to the log with the function's own lines.
public final class FunctionPool: Sendable {
    /// The pool's settings.
    public let configuration: FunctionPoolConfiguration
    private let state = Mutex(PoolState())
    private let log: @Sendable (String) -> Void
    private let reaper = Mutex<Task<Void, Never>?>(nil)

    /// Creates an empty pool; instances start on demand. Every log line goes to `log`.
    public init(configuration: FunctionPoolConfiguration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
        startReaper()
    }

    /// How many instances exist (running, idle or starting).
    public var instanceCount: Int { state.withLock { $0.live } }

    /// The process ids of the instances that exist now.
    public var instancePIDs: [Int32] { state.withLock { $0.all.values.map(\.instance.pid) } }

    /// Runs one invocation on a warm or new instance and reports it as Lambda's Invoke API would.
    public func invoke(_ invocation: PoolInvocation) async -> PoolInvocationResult {
        await proceed(invocation, with: await lease())
    }

    /// Runs one invocation as ``invoke(_:)`` does and calls `completion` with the result.
    ///
    /// When a warm instance is free, the invocation runs on callbacks alone, from the caller's
    /// thread to the instance's Runtime API event loop and back: no task is started, which is most
    /// of what a task-based invocation costs on top of the function's own work. Otherwise (a cold
    /// start, a wait for an instance) a task takes over.
    public func invoke(_ invocation: PoolInvocation, completion: @escaping @Sendable (PoolInvocationResult) -> Void) {
        let lease = state.withLock { $0.acquire(limit: configuration.maxConcurrency) }
        if case .warm(let pooled) = lease, pooled.instance.exitStatus == nil {
            return run(invocation, on: pooled, reportInit: false, completion: completion)
        }
        Task {
            if let lease {
                completion(await proceed(invocation, with: await usable(lease)))
            } else {
                completion(await invoke(invocation))
            }
        }
    }

    private func proceed(_ invocation: PoolInvocation, with lease: PoolState.Lease) async -> PoolInvocationResult {
        switch lease {
        case .shutDown:
            return failure(invocation, .lambdaReported(.shutDown, requestID: invocation.requestID, timeout: configuration.timeout))
        case .warm(let pooled):
            return await run(invocation, on: pooled, reportInit: false)
        case .startNew:
            switch await startInstance() {
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
            let idle = state.idle.map(\.instance)
            state.idle = []
            for instance in idle {
                state.all[ObjectIdentifier(instance)] = nil
                state.live -= 1
            }
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
            defer {
                state.all = [:]
                state.idle = []
            }
            return Array(state.all.values)
        }
        await withTaskGroup(of: Void.self) { group in
            for pooled in everyone {
                group.addTask { await pooled.instance.stop() }
            }
        }
    }

    // MARK: Leasing

    private func lease() async -> PoolState.Lease {
        let limit = configuration.maxConcurrency
        if let lease = state.withLock({ $0.acquire(limit: limit) }) {
            return await usable(lease)
        }
        let waiterID = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        let lease: PoolState.Lease = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate = state.withLock { state -> PoolState.Lease? in
                    if let lease = state.acquire(limit: limit) { return lease }
                    state.waiters.append((waiterID, continuation))
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<PoolState.Lease, Never>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == waiterID }) else { return nil }
                return state.waiters.remove(at: index).continuation
            }
            waiter?.resume(returning: .shutDown)
        }
        return await usable(lease)
    }

    /// An idle instance may have died since it was last used: such an instance is counted out and
    /// the request starts a fresh one in its place.
    private func usable(_ lease: PoolState.Lease) async -> PoolState.Lease {
        guard case .warm(let pooled) = lease, pooled.instance.exitStatus != nil else { return lease }
        state.withLock { $0.all[ObjectIdentifier(pooled)] = nil }
        await pooled.instance.stop()
        return .startNew
    }

    /// Returns the instance to the pool (or to the oldest waiter), then calls `then`; an instance
    /// that is not kept is stopped first.
    private func giveBack(_ pooled: PooledInstance, reusable: Bool, then: @escaping @Sendable () -> Void) {
        let (handoff, kept) = state.withLock { state in
            let handoff = state.release(pooled, reusable: reusable)
            return (handoff, state.all[ObjectIdentifier(pooled)] != nil)
        }
        handoff.map { $0.0.resume(returning: $0.1) }
        if kept { return then() }
        Task {
            await pooled.instance.stop()
            then()
        }
    }

    private func giveUpRoom() {
        if let (continuation, lease) = state.withLock({ $0.discard(nil) }) {
            continuation.resume(returning: lease)
        }
    }

    // MARK: Instances

    private func startInstance() async -> Result<PooledInstance, FunctionError> {
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
            state.withLock { $0.busy -= 1 }
            giveUpRoom()
            log(prefix + "lambda-local: cannot start \(configuration.functionName): \(error)")
            return .failure(FunctionError(errorType: "Runtime.InvalidEntrypoint", message: "\(error)"))
        }
        let (outcome, initDuration) = await instance.waitForInit(timeout: configuration.initTimeout)
        let pooled = PooledInstance(instance: instance, capture: capture, generation: generation, initDuration: initDuration)
        switch outcome {
        case .ready:
            // A shutdown that began while this instance started has already stopped the others; it
            // must not be kept past it.
            let kept = state.withLock { state -> Bool in
                guard !state.shuttingDown else { return false }
                state.all[ObjectIdentifier(pooled)] = pooled
                return true
            }
            guard kept else {
                await instance.stop()
                state.withLock { $0.busy -= 1 }
                giveUpRoom()
                return .failure(.lambdaReported(.shutDown, requestID: "init", timeout: configuration.initTimeout))
            }
            return .success(pooled)
        case .failed(let error):
            await instance.stop()
            log(prefix + Self.initReport(initDuration, status: "error", errorType: error.errorType))
            state.withLock { $0.busy -= 1 }
            giveUpRoom()
            return .failure(error)
        case .abandoned(let reason):
            await instance.stop()
            let error = FunctionError.lambdaReported(reason, requestID: "init", timeout: configuration.initTimeout)
            log(prefix + Self.initReport(initDuration, status: reason == .timedOut ? "timeout" : "error", errorType: error.errorType))
            state.withLock { $0.busy -= 1 }
            giveUpRoom()
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
        if invocation.capturesLogs { pooled.capture.begin() }
        let startLine = LambdaLogLines.start(
            requestID: requestID, version: configuration.executedVersion(for: invocation.qualifier) ?? "$LATEST")
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
            let reusable = status == nil
            let finish: @Sendable () -> Void = { [self, status] in
                let endLine = LambdaLogLines.end(requestID: requestID)
                let reportLine = LambdaLogLines.report(
                    requestID: requestID,
                    duration: record.duration,
                    memorySize: configuration.memorySize,
                    maxMemoryUsed: record.maxMemoryUsedMegabytes,
                    initDuration: reportInit ? pooled.initDuration : nil,
                    status: status)
                for line in [endLine, reportLine] {
                    pooled.capture.append(line)
                    log(prefix + line)
                }
                let logs = invocation.capturesLogs ? pooled.capture.end() : nil
                giveBack(pooled, reusable: reusable) {
                    completion(PoolInvocationResult(requestID: requestID, outcome: outcome, logs: logs))
                }
            }
            // A timed-out or crashed instance is stopped before END, as Lambda resets the environment;
            // either way the lines the function wrote come first.
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
        let retired = state.withLock { state -> [PooledInstance] in
            let (old, fresh) = state.idle.reduce(into: ([PooledInstance](), [(instance: PooledInstance, since: ContinuousClock.Instant)]())) {
                if now - $1.since >= limit { $0.0.append($1.instance) } else { $0.1.append($1) }
            }
            state.idle = fresh
            for instance in old {
                state.all[ObjectIdentifier(instance)] = nil
                state.live -= 1
            }
            return old
        }
        for pooled in retired { await pooled.instance.stop() }
    }

    static func initReport(_ duration: Duration, status: String, errorType: String) -> String {
        "INIT_REPORT Init Duration: \(LambdaLogLines.format(duration.milliseconds)) ms\tPhase: init\tStatus: \(status)\tError Type: \(errorType)"
    }
}
