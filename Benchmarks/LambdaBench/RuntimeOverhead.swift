import LocalLambda
import NIOCore

/// The warm cost of one invocation: from handing the event to the Runtime API server until the
/// response is back, through our loop, libcurl and a kept-alive connection, with a handler that does
/// nothing but return its input.
enum RuntimeOverhead {
    static func measure(executable: String, invocations: Int) async throws -> Samples {
        let instance = try await FunctionInstance.start(BenchInstance.launch(executable), output: { _ in })
        defer { Task { await instance.stop() } }
        guard await instance.waitForInit().outcome == .ready else {
            throw BenchInstance.Failure(description: "the fixture did not start")
        }
        let payload = ByteBuffer(string: #"{"key":"value","number":42,"list":[1,2,3],"flag":true,"x":"12345"}"#)
        var samples = Samples()
        for index in 0..<(invocations + 500) {
            let started = ContinuousClock.now
            let outcome = await instance.server.invoke(BenchInstance.request(payload))
            let elapsed = ContinuousClock.now - started
            guard case .response = outcome else {
                throw BenchInstance.Failure(description: "invocation \(index) failed: \(outcome)")
            }
            // The first 500 warm the connection, the allocator and the branch predictors.
            if index >= 500 { samples.append(elapsed) }
        }
        await instance.stop()
        return samples
    }
}
