#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOPosix
import Synchronization

/// One running function process with its own Runtime API server, as a Lambda execution environment.
public final class FunctionInstance: Sendable {
    /// The function's process id (also its process group).
    public var pid: Int32 { process.pid }
    /// The instance's Runtime API server.
    public let server: RuntimeAPIServer
    private let process: ChildProcess
    private let started: ContinuousClock.Instant
    private let outputEnd = OneShotSignal()
    private let outputChannel = Mutex<(any Channel)?>(nil)
    /// The one stop, which every caller of ``stop()`` awaits: an instance running several invocations
    /// is stopped by each one that fails, and the process group must be signalled only while it
    /// is still there to be signalled.
    private let stopping = Mutex<Task<ExitStatus, Never>?>(nil)
    /// The last reading of the process's peak memory, and when it was taken.
    private let memoryReading = Mutex<(value: Int?, at: ContinuousClock.Instant)?>(nil)

    /// How long a peak-memory reading stands for the REPORT lines of the invocations that follow.
    /// Reading it means the kernel writing out the whole of `/proc/<pid>/status`, which cost a
    /// twentieth of lambda-local's CPU when it was done for every invocation of a busy instance.
    static let memoryReadingLifetime: Duration = .milliseconds(100)

    private init(server: RuntimeAPIServer, process: ChildProcess, started: ContinuousClock.Instant) {
        self.server = server
        self.process = process
        self.started = started
    }

    /// Starts the Runtime API server and the process. `AWS_LAMBDA_RUNTIME_API` is added to the
    /// configuration's environment. Every line the process writes, on either stream, goes to `output`.
    public static func start(
        _ launch: LaunchConfiguration,
        output: @escaping @Sendable (String) -> Void
    ) async throws -> FunctionInstance {
        let server = try await RuntimeAPIServer.start(log: output)
        var launch = launch
        launch.environment["AWS_LAMBDA_RUNTIME_API"] = server.address
        let started = ContinuousClock.now
        let process: ChildProcess
        do {
            process = try ChildProcess.spawn(launch)
        } catch {
            await server.shutdown()
            throw error
        }
        let instance = FunctionInstance(server: server, process: process, started: started)
        let outputEnd = instance.outputEnd
        do {
            let channel = try await OutputLineReader.start(
                descriptor: process.output, onLine: output, onEnd: { outputEnd.fire() })
            instance.outputChannel.withLock { $0 = channel }
        } catch {
            close(process.output)
            outputEnd.fire()
        }
        Task {
            let status = await process.waitForExit()
            server.terminate(reason: .processExited(status))
        }
        return instance
    }

    /// Waits for the init phase to end: the first `/next`, an init error, the process's exit, or the
    /// timeout (Lambda allows 10 seconds). Returns the outcome and how long init took.
    public func waitForInit(timeout: Duration = .seconds(10)) async -> (outcome: InitOutcome, duration: Duration) {
        let server = self.server
        let timer = Task {
            try await Task.sleep(for: timeout)
            server.terminate(reason: .timedOut)
        }
        let outcome = await server.waitForInit()
        timer.cancel()
        return (outcome, ContinuousClock.now - started)
    }

    /// Hands the event to the runtime and waits for its answer, at most `timeout`.
    public func invoke(_ request: InvocationRequest, timeout: Duration) async -> InvocationRecord {
        await withCheckedContinuation { continuation in
            invoke(request, timeout: timeout) { continuation.resume(returning: $0) }
        }
    }

    /// Hands the event to the runtime; `completion` gets the record once it answers, or once
    /// `timeout` has passed, on the thread that learns it (see ``RuntimeAPIServer/invoke(_:completion:)``).
    public func invoke(_ request: InvocationRequest, timeout: Duration, completion: @escaping @Sendable (InvocationRecord) -> Void) {
        let server = self.server
        let requestID = request.requestID
        // A timer on the event loop rather than a sleeping task: this runs for every invocation, and
        // scheduling and cancelling a loop task costs a fraction of starting a task.
        let timer = MultiThreadedEventLoopGroup.singleton.next().scheduleTask(in: .nanoseconds(Int64(timeout.nanoseconds))) {
            server.abandon(requestID: requestID, reason: .timedOut)
        }
        let begin = ContinuousClock.now
        server.invoke(request) { [self] outcome in
            let duration = ContinuousClock.now - begin
            timer.cancel()
            completion(InvocationRecord(outcome: outcome, duration: duration, maxMemoryUsedMegabytes: peakMemoryMegabytes(at: begin + duration)))
        }
    }

    /// The process's peak memory, read again once the last reading is older than
    /// ``memoryReadingLifetime``: a busy instance reports a figure at most that old, an idle one a
    /// fresh one.
    private func peakMemoryMegabytes(at now: ContinuousClock.Instant) -> Int? {
        if let last = memoryReading.withLock({ $0 }), now - last.at < Self.memoryReadingLifetime {
            return last.value
        }
        let value = ProcessMemory.peakMegabytes(of: pid)
        memoryReading.withLock { $0 = (value, now) }
        return value
    }

    /// The exit status, once the process has ended.
    public var exitStatus: ExitStatus? { process.exitStatus }

    /// Waits until output the process wrote before now has been handed to the output closure.
    ///
    /// A function writes its log lines before it posts its response, but the pipe and the Runtime API
    /// connection are read independently, on event loops of their own.
    public func catchUpWithOutput() async {
        await withCheckedContinuation { continuation in
            catchUpWithOutput { continuation.resume() }
        }
    }

    /// ``catchUpWithOutput()`` with a closure, called once the output written before now has been
    /// handed over: once the pipe's reader has read as many bytes as the pipe held at this moment
    /// (a pipe keeps order), checked on the pipe's event loop, where nothing it read earlier can
    /// still be on its way to the output closure.
    public func catchUpWithOutput(then: @escaping @Sendable () -> Void) {
        guard let channel = outputChannel.withLock({ $0 }) else { return then() }
        OutputLineReader.afterOutputWritten(on: channel, then: then)
    }

    /// Stops the process group with SIGKILL (as Lambda ends an environment), waits for it to be reaped
    /// and for its last output to be read, and closes the Runtime API server.
    @discardableResult
    public func stop() async -> ExitStatus {
        let task = stopping.withLock { stopping in
            if let stopping { return stopping }
            let task = Task { await self.stopOnce() }
            stopping = task
            return task
        }
        return await task.value
    }

    private func stopOnce() async -> ExitStatus {
        // The whole group, even when the leader has already exited: a bootstrap script's children
        // may outlive it and keep the output pipe open. The signal goes before the Runtime API
        // ends: told first, the runtime would get a 500 on its waiting /next and could exit by
        // itself before the signal lands, so the status would depend on timing.
        kill(-process.pid, SIGKILL)
        server.terminate(reason: .shutDown)
        let status = await process.waitForExit()
        await outputEnd.wait(atMost: .seconds(2))
        await server.shutdown()
        return status
    }

    /// Waits until the process has ended and its output has been read to the end.
    public func waitForExit() async -> ExitStatus {
        let status = await process.waitForExit()
        await outputEnd.wait(atMost: .seconds(2))
        return status
    }
}

/// What one invocation produced, and what it cost.
public struct InvocationRecord: Sendable {
    /// The answer, or why there was none.
    public var outcome: InvocationOutcome
    /// From handing out the event to receiving the answer.
    public var duration: Duration
    /// The process tree's peak resident memory so far, in MB.
    public var maxMemoryUsedMegabytes: Int?
}
