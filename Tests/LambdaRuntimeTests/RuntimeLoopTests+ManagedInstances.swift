import Foundation
import LambdaRuntime
import Synchronization
import Testing

/// With `AWS_LAMBDA_MAX_CONCURRENCY` above 1, `runConcurrently` serves that many invocations at
/// once, each on its own connection, over one handler built by one init phase.
extension RuntimeLoopTests {
    static let fourAtOnce = ["AWS_LAMBDA_MAX_CONCURRENCY": "4", "AWS_LAMBDA_LOG_LEVEL": "INFO"]

    /// Starts a concurrent loop whose handler logs, waits 300 ms, and answers its event (or throws
    /// for `"fail"`); `inits` counts its init phases.
    private func startFourAtOnce(inits: InitCounter = InitCounter()) async throws -> ScriptedHarness {
        try await ScriptedHarness.start(environment: Self.fourAtOnce, concurrently: true) { _ in
            inits.count.add(1, ordering: .relaxed)
            return ClosureByteHandler { event, context in
                let text = String(decoding: event, as: UTF8.self)
                context.logger.info("started \(text)")
                try await Task.sleep(for: .milliseconds(300))
                if text == #""fail""# { throw Refused() }
                context.logger.info("finished \(text)")
                return event
            }
        }
    }

    @Test func fourInvocationsAreInFlightAtOnce() async throws {
        let inits = InitCounter()
        let harness = try await startFourAtOnce(inits: inits)
        #expect(await harness.api.wait(for: "four /next waiting at once") { $0.waiting == 4 })
        let ids = (1...4).map { "request-\($0)" }
        harness.api.send(ids.map { .init(requestID: $0, payload: "\"\($0)\"") })
        await harness.api.wait(for: "four answers") { $0.answers.count == 4 }

        // Overlap by the server's own clock: every event was handed out before the first answer came.
        let record = harness.api.record
        let lastHandOut = try #require(ids.compactMap { record.handedOut[$0] }.max())
        let firstAnswer = try #require(record.answers.map(\.receivedAt).min())
        #expect(record.handedOut.count == 4)
        #expect(lastHandOut < firstAnswer)
        for answer in record.answers {
            #expect(answer.kind == .response)
            #expect(answer.body == "\"\(answer.requestID)\"")
        }
        #expect(inits.count.load(ordering: .relaxed) == 1)

        // JSON by default on Managed Instances, each line with the request id of its own invocation.
        let lines = harness.logs.jsonLines.compactMap { $0 }
        #expect(lines.count == harness.logs.lines.count, "not all lines are JSON: \(harness.logs.lines)")
        #expect(lines.count == 8)
        for line in lines {
            let message = try #require(line["message"] as? String)
            let requestID = try #require(line["requestId"] as? String)
            #expect(message.hasSuffix("\"\(requestID)\""), "line \(line) carries another invocation's id")
        }
        // The loops are still all there afterwards.
        #expect(await harness.api.wait(for: "four /next waiting again") { $0.waiting == 4 })
        #expect(await harness.finish().code == .runtimeAPIFailed(status: 500))
    }

    @Test func aThrowingInvocationDoesNotStopTheOthers() async throws {
        let harness = try await startFourAtOnce()
        await harness.api.wait(for: "four /next waiting at once") { $0.waiting == 4 }
        harness.api.send([
            .init(requestID: "a", payload: #""a""#), .init(requestID: "fail", payload: #""fail""#),
            .init(requestID: "b", payload: #""b""#), .init(requestID: "c", payload: #""c""#),
        ])
        await harness.api.wait(for: "four answers") { $0.answers.count == 4 }
        let kinds = Dictionary(uniqueKeysWithValues: harness.api.record.answers.map { ($0.requestID, $0.kind) })
        #expect(kinds == ["a": .response, "fail": .error, "b": .response, "c": .response])
        // All four loops take events again, the one that served the failure among them.
        await harness.api.wait(for: "four /next waiting again") { $0.waiting == 4 }
        harness.api.send((1...4).map { .init(requestID: "again-\($0)", payload: "\"again-\($0)\"") })
        await harness.api.wait(for: "four more answers") { $0.answers.count == 8 }
        #expect(harness.api.record.answers.suffix(4).allSatisfy { $0.kind == .response })
        _ = await harness.finish()
    }

    /// One process-wide variable cannot describe several invocations at once: it is not set, and
    /// no value left from before passes for an invocation's trace. The context carries it instead.
    @Test func theTraceVariableIsNotSetWhenInvocationsRunTogether() async throws {
        setenv("_X_AMZN_TRACE_ID", "Root=1-stale", 1)
        let harness = try await ScriptedHarness.start(environment: Self.fourAtOnce, concurrently: true) { _, context in
            let variable = ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"] ?? "unset"
            return Data((variable + "," + (context.traceID ?? "none")).utf8)
        }
        await harness.api.wait(for: "four /next waiting at once") { $0.waiting == 4 }
        harness.api.send([.init(requestID: "traced", payload: "{}", traceID: "Root=1-5759e988-bd862e3fe1be46a994272793")])
        await harness.api.wait(for: "the answer") { $0.answers.count == 1 }
        #expect(harness.api.record.answers.first?.body == "unset,Root=1-5759e988-bd862e3fe1be46a994272793")
        _ = await harness.finish()
    }

    @Test func theSingleFormServesOneAtATimeEvenWhenMoreAreAllowed() async throws {
        let harness = try await ScriptedHarness.start(environment: Self.fourAtOnce) { event, _ in event }
        harness.api.send((1...3).map { .init(requestID: "r\($0)", payload: "\($0)") })
        await harness.api.wait(for: "three answers") { $0.answers.count == 3 }
        let record = harness.api.record
        // Serial: each event was handed out only after the one before it was answered.
        for index in 1..<3 {
            let answered = try #require(record.answers.first { $0.requestID == "r\(index)" }?.receivedAt)
            let next = try #require(record.handedOut["r\(index + 1)"])
            #expect(answered < next)
        }
        #expect(harness.logs.lines.contains { $0.contains("AWS_LAMBDA_MAX_CONCURRENCY is 4") })
        _ = await harness.finish()
    }

    @Test(arguments: ["0", "-2", "four", "", "1601"])
    func anInvalidMaxConcurrencyIsAnInitError(value: String) async throws {
        let inits = InitCounter()
        let harness = try await ScriptedHarness.start(
            environment: ["AWS_LAMBDA_MAX_CONCURRENCY": value], concurrently: true
        ) { _ in
            inits.count.add(1, ordering: .relaxed)
            return ClosureByteHandler { event, _ in event }
        }
        await harness.api.wait(for: "an init error") { !$0.initErrors.isEmpty }
        #expect(await harness.finish().code == .initializationFailed)
        let initErrors = harness.api.record.initErrors
        #expect(initErrors.count == 1)
        let report = try #require(initErrors.first)
        #expect(report.errorType == "Runtime.InvalidConfiguration")
        let object = try JSONSerialization.jsonObject(with: Data(report.body.utf8)) as? [String: Any]
        let message = try #require(object?["errorMessage"] as? String)
        #expect(message.contains("AWS_LAMBDA_MAX_CONCURRENCY"))
        #expect(message.contains("\"\(value)\""))
        #expect(inits.count.load(ordering: .relaxed) == 0)
    }
}

/// Counts init phases across the threads that could run one.
final class InitCounter: Sendable {
    let count = Atomic<Int>(0)
}
