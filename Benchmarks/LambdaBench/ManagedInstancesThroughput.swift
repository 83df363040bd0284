import LocalLambda
import NIOCore

/// Warm throughput of one instance of a function that waits on I/O, as Managed Instances runs it:
/// the fixture's `concurrent` handler (the runtime's concurrent form) sleeping 10 ms an invocation,
/// with `AWS_LAMBDA_MAX_CONCURRENCY` at 1 and at more, offered twice as many callers as it has
/// slots so that no slot waits for one.
enum ManagedInstancesThroughput {
    /// The wait of one invocation, standing in for a call to a database or another service.
    static let waitMilliseconds = 10

    struct Result {
        let maxConcurrency: Int
        let invocations: Int
        let invocationsPerSecond: Double
        /// The function process's user and system time an invocation, in microseconds.
        let functionCPU: Double
    }

    static func measure(executable: String, maxConcurrency: Int, callers: Int, invocations: Int) async throws -> Result {
        var launch = BenchInstance.launch(executable, handler: "concurrent")
        launch.environment["AWS_LAMBDA_MAX_CONCURRENCY"] = String(maxConcurrency)
        let instance = try await FunctionInstance.start(launch, output: { _ in })
        defer { Task { await instance.stop() } }
        guard await instance.waitForInit().outcome == .ready else {
            throw BenchInstance.Failure(description: "the fixture did not start with AWS_LAMBDA_MAX_CONCURRENCY=\(maxConcurrency)")
        }
        // The first round warms every slot's connection and thread.
        try await load(instance, callers: callers, invocations: callers * 10)
        let cpuBefore = ProcessCPU.read(instance.pid)
        let started = ContinuousClock.now
        try await load(instance, callers: callers, invocations: invocations)
        let elapsed = ContinuousClock.now - started
        let cpu = ProcessCPU.read(instance.pid).since(cpuBefore)
        await instance.stop()
        return Result(
            maxConcurrency: maxConcurrency, invocations: invocations,
            invocationsPerSecond: Double(invocations) / elapsed.benchSeconds,
            functionCPU: cpu.own / Double(invocations))
    }

    /// `invocations` in all from `callers` callers, each invoking again as soon as its last answer is back.
    private static func load(_ instance: FunctionInstance, callers: Int, invocations: Int) async throws {
        let payload = ByteBuffer(string: #"{"seconds":\#(Double(waitMilliseconds) / 1_000)}"#)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for caller in 0..<callers {
                let share = invocations / callers + (caller < invocations % callers ? 1 : 0)
                group.addTask {
                    for _ in 0..<share {
                        let outcome = await instance.invoke(BenchInstance.request(payload), timeout: .seconds(60)).outcome
                        guard case .response = outcome else {
                            throw BenchInstance.Failure(description: "an invocation failed: \(outcome)")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
