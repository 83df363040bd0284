import LocalLambda
import NIOCore

/// From starting the process to the first response: exec, dynamic linking, runtime init, the first
/// `/next`, the handler and the response post. The event is queued before the process starts, so
/// nothing waits on the benchmark itself.
enum ColdStart {
    static func measure(executable: String, runs: Int) async throws -> Samples {
        var samples = Samples()
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let instance = try await FunctionInstance.start(BenchInstance.launch(executable), output: { _ in })
            let outcome = await instance.server.invoke(BenchInstance.request(ByteBuffer(string: "{}")))
            let elapsed = ContinuousClock.now - started
            await instance.stop()
            guard case .response = outcome else {
                throw BenchInstance.Failure(description: "cold invocation failed: \(outcome)")
            }
            samples.append(elapsed)
        }
        return samples
    }
}
