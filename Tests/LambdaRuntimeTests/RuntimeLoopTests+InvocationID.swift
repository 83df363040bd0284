import Foundation
import LambdaRuntime
import Testing

/// The loop echoes `Lambda-Runtime-Invocation-Id` on the answer of the invocation it came with, and
/// sends none to a server that gave none.
extension RuntimeLoopTests {
    struct Refused: Error {}

    @Test func echoesTheInvocationIDOnTheResponseAndTheError() async throws {
        let harness = try await ScriptedHarness.start { event, _ in
            if event == Data(#""fail""#.utf8) { throw Refused() }
            return event
        }
        harness.api.send([
            .init(requestID: "ok-1", payload: #""ok""#, invocationID: "inv-8f14e45f"),
            .init(requestID: "fail-1", payload: #""fail""#, invocationID: "inv-c9f0f895"),
        ])
        await harness.api.wait(for: "both answers") { $0.answers.count == 2 }
        let answers = harness.api.record.answers
        let response = try #require(answers.first { $0.requestID == "ok-1" })
        let error = try #require(answers.first { $0.requestID == "fail-1" })
        #expect(response.kind == .response)
        #expect(response.headers["Lambda-Runtime-Invocation-Id"] == ["inv-8f14e45f"])
        #expect(error.kind == .error)
        #expect(error.headers["Lambda-Runtime-Invocation-Id"] == ["inv-c9f0f895"])
        _ = await harness.finish()
    }

    @Test func sendsNoInvocationIDWhenTheServerSentNone() async throws {
        let harness = try await ScriptedHarness.start { event, _ in
            if event == Data(#""fail""#.utf8) { throw Refused() }
            return event
        }
        harness.api.send([
            .init(requestID: "ok-1", payload: #""ok""#),
            .init(requestID: "fail-1", payload: #""fail""#),
        ])
        await harness.api.wait(for: "both answers") { $0.answers.count == 2 }
        let answers = harness.api.record.answers
        #expect(answers.map(\.kind) == [.response, .error])
        for answer in answers {
            #expect(answer.headers["Lambda-Runtime-Invocation-Id"].isEmpty)
        }
        _ = await harness.finish()
    }

    @Test func anInvocationIDThatCannotGoBackAsAHeaderIsNotEchoed() async throws {
        let harness = try await ScriptedHarness.start { event, _ in event }
        harness.api.send([.init(requestID: "ok-1", payload: "1", invocationID: "inv with spaces")])
        await harness.api.wait(for: "the answer") { $0.answers.count == 1 }
        #expect(harness.api.record.answers.first?.headers["Lambda-Runtime-Invocation-Id"].isEmpty == true)
        #expect(harness.logs.lines.contains { $0.contains("Lambda-Runtime-Invocation-Id") && $0.contains("ok-1") })
        _ = await harness.finish()
    }
}
