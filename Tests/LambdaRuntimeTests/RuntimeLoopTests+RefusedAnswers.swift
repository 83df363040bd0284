import Foundation
import LambdaRuntime
import LocalHTTP
import NIOHTTP1
import Testing

/// An answer the Runtime API refuses with a 4xx is logged and the loop takes the next event: a
/// stale answer of a timed-out invocation (410 `Runtime.InvokeTimeout`), one over the size limit
/// (413), one for a request id the server does not know (400).
extension RuntimeLoopTests {
    static let refusals: [(status: Int, body: String)] = [
        (410, #"{"errorMessage":"Invoke timed out","errorType":"Runtime.InvokeTimeout"}"#),
        (413, #"{"errorMessage":"Exceeded maximum allowed payload size","errorType":"RequestEntityTooLarge"}"#),
        (400, #"{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}"#),
    ]

    @Test(arguments: refusals, ["response", "error"])
    func aRefusedAnswerIsLoggedAndTheLoopGoesOn(refusal: (status: Int, body: String), kind: String) async throws {
        let harness = try await ScriptedHarness.start { event, _ in
            if event == Data(#""fail""#.utf8) { throw Refused() }
            return event
        }
        let first = kind == "response" ? #""ok""# : #""fail""#
        let answerKind = ScriptedRuntimeAPI.AnswerKind(rawValue: kind)!
        harness.api.refuse(answerKind, of: "refused-1", status: HTTPResponseStatus(statusCode: refusal.status), body: refusal.body)
        // A refused response over the size limit is followed by the error that says so; refuse it too.
        harness.api.refuse(.error, of: "refused-1", status: HTTPResponseStatus(statusCode: refusal.status), body: refusal.body)
        harness.api.send([
            .init(requestID: "refused-1", payload: first, invocationID: "inv-1"),
            .init(requestID: "next-1", payload: #""ok""#, invocationID: "inv-2"),
        ])
        await harness.api.wait(for: "the next event's answer") { record in
            record.answers.contains { $0.requestID == "next-1" }
        }
        #expect(harness.api.record.answers.last?.kind == .response)
        #expect(harness.api.record.answers.last?.body == #""ok""#)
        let warnings = harness.logs.lines.filter { $0.contains("refused-1") && $0.contains("HTTP \(refusal.status)") }
        #expect(!warnings.isEmpty, "no log line names the refusal: \(harness.logs.lines)")
        if refusal.status == 410 {
            #expect(warnings.contains { $0.contains("had timed out") })
        }
        #expect(await harness.finish().code == .runtimeAPIFailed(status: 500))
    }
}
