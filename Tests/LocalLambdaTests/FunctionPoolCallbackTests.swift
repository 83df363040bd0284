import Foundation
import LocalLambda
import NIOCore
import Synchronization
import Testing
import TestSupport

/// The pool's callback entry, which runs a warm invocation without a task: the same lines, the
/// same reuse and the same recovery as the awaited one.
@Suite struct FunctionPoolCallbackTests {
    /// The lines a pool logs, in order.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    static func pool(handler: String, timeout: Duration = .seconds(10), lines: Lines? = nil) -> FunctionPool {
        FunctionPool(
            configuration: FunctionPoolConfiguration(
                functionName: "fixture", launch: FunctionInstanceTests.launch(handler: handler), memorySize: 128,
                timeout: timeout, invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:fixture"),
            log: { line in lines?.append(line) })
    }

    static func invoke(_ pool: FunctionPool, _ payload: String, capturesLogs: Bool = false) async -> PoolInvocationResult {
        await withCheckedContinuation { continuation in
            pool.invoke(PoolInvocation(requestID: UUID().uuidString.lowercased(), payload: ByteBuffer(string: payload), capturesLogs: capturesLogs)) {
                continuation.resume(returning: $0)
            }
        }
    }

    static func pid(_ result: PoolInvocationResult) -> Int? {
        guard case .response(let body) = result.outcome,
              let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Int] else { return nil }
        return object["pid"]
    }

    @Test func warmInvocationsKeepTheirLinesBetweenStartAndReport() async throws {
        let lines = Lines()
        let pool = Self.pool(handler: "log", lines: lines)
        var ids: [String] = []
        for round in 0..<4 {
            let result = await Self.invoke(pool, "{}", capturesLogs: round == 3)
            #expect(result.outcome == PoolInvocationResult.Outcome.response(ByteBuffer(string: #""logged""#)))
            ids.append(result.requestID)
            if round == 3 {
                let captured = result.logs ?? []
                #expect(captured.first?.hasPrefix("START RequestId: \(result.requestID)") == true)
                #expect(captured.contains("a line on standard output"))
                #expect(captured.last?.hasPrefix("REPORT RequestId: \(result.requestID)") == true)
            }
        }
        #expect(pool.instanceCount == 1)
        let all = lines.all
        for (index, id) in ids.enumerated() {
            guard let start = all.firstIndex(where: { $0.hasPrefix("START RequestId: \(id)") }),
                  let end = all.firstIndex(where: { $0.hasPrefix("END RequestId: \(id)") }),
                  let report = all.firstIndex(where: { $0.hasPrefix("REPORT RequestId: \(id)") }) else {
                Issue.record("missing START, END or REPORT for \(id)")
                continue
            }
            #expect(start < end && end == report - 1)
            #expect(all[start..<end].contains("a line on standard output"), "the function's line comes before END (invocation \(index), lines \(all))")
            #expect(all[report].contains("Init Duration") == (index == 0), "only the cold start reports its init")
        }
        await pool.shutdown()
    }

    @Test func aWarmInstanceThatTimesOutIsReplaced() async throws {
        let pool = Self.pool(handler: "pid", timeout: Duration.seconds(1))
        let first = Self.pid(await Self.invoke(pool, "{}"))
        let warm = Self.pid(await Self.invoke(pool, "{}"))
        #expect(first != nil && first == warm)
        let late = await Self.invoke(pool, #"{"seconds":"5"}"#)
        guard case .failure(let error) = late.outcome else {
            Issue.record("expected a timeout, got \(String(describing: late.outcome))")
            return
        }
        #expect(error.errorType == "Sandbox.Timedout")
        let replaced = Self.pid(await Self.invoke(pool, "{}"))
        #expect(replaced != nil && replaced != first)
        #expect(pool.instanceCount == 1)
        await pool.shutdown()
    }

    static let invocationThread = DedicatedThread(name: "parallel-invocations")

    @Test func parallelInvocationsGetInstancesOfTheirOwnAndThenReuseThem() async throws {
        let pool = Self.pool(handler: "pid")
        func round() async -> Set<Int> {
            await withTaskGroup(of: Int?.self) { group in
                // From a thread of their own, so that the four start together: on the shared pool
                // other suites' tests can hold one back until another has finished.
                for _ in 0..<4 {
                    group.addTask(executorPreference: Self.invocationThread) {
                        Self.pid(await Self.invoke(pool, #"{"seconds":"0.5"}"#))
                    }
                }
                return Set(await group.compactMap { $0 }.reduce(into: []) { $0.append($1) })
            }
        }
        let cold = await round()
        #expect(cold.count == 4)
        let warm = await round()
        #expect(warm == cold)
        #expect(pool.instanceCount == 4)
        await pool.shutdown()
    }

    @Test func anInstanceTakesAsManyInvocationsAsItsCapacityAndTheNextStartsAnother() async throws {
        let pool = FunctionPool(
            configuration: FunctionPoolConfiguration(
                functionName: "fixture", launch: FunctionInstanceTests.launch(handler: "pid"), memorySize: 128,
                timeout: .seconds(10), maxConcurrencyPerInstance: 2,
                invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:fixture"),
            log: { _ in })
        // Three at once: two fit the first instance (this runtime has one loop, so it takes them one
        // after the other), the third starts a second.
        async let first = Self.invoke(pool, #"{"seconds":0.5}"#)
        async let second = Self.invoke(pool, #"{"seconds":0.5}"#)
        async let third = Self.invoke(pool, #"{"seconds":0.5}"#)
        let pids = await [first, second, third].compactMap(Self.pid)
        #expect(pids.count == 3)
        #expect(Dictionary(grouping: pids, by: { $0 }).values.map(\.count).sorted() == [1, 2], "\(pids)")
        #expect(pool.instanceCount == 2)
        await pool.shutdown(grace: .zero)
    }
}
