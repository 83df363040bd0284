import CurlHTTP
import Foundation
import LocalLambda
import NIOCore
import Synchronization
import Testing
import TestSupport

/// The Runtime API server answers as Lambda's does, including to runtimes that misbehave.
@Suite struct RuntimeAPIServerTests {
    /// A server, a raw HTTP client speaking to it, and a helper to start invocations in the background.
    struct Peer {
        let server: RuntimeAPIServer
        let http: CurlConnection

        static func start() async throws -> Peer {
            Peer(server: try await RuntimeAPIServer.start(), http: try CurlConnection())
        }

        /// Sends a request from a thread of its own: libcurl blocks, and blocking the tests' shared
        /// concurrency pool would starve the tasks that hand out the invocations.
        func request(
            _ method: String, _ path: String, headers: [(String, String)] = [], body: String? = nil
        ) async throws -> CurlResponse {
            let request = CurlRequest(
                method: method, url: "http://\(server.address)/2018-06-01/runtime\(path)",
                headers: headers, body: body.map { Data($0.utf8) }, timeout: .seconds(10))
            let http = UncheckedBox(self.http)
            return try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(with: Result { try http.value.perform(request) })
                }
            }
        }

        /// Where invocations start: the shared concurrency pool can have a backlog of other suites'
        /// tests for seconds (all of them start at once), longer than a `/next` waits for one.
        static let invocationThread = DedicatedThread(name: "runtime-api-invocations")

        func startInvocation(
            _ requestID: String, payload: String = "{}", traceID: String? = nil, tenantID: String? = nil
        ) -> Task<InvocationOutcome, Never> {
            let server = self.server
            return Task(executorPreference: Self.invocationThread) {
                await server.invoke(InvocationRequest(
                    requestID: requestID, payload: ByteBuffer(string: payload), deadlineMilliseconds: 1_700_000_000_000,
                    invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:f",
                    traceID: traceID, tenantID: tenantID))
            }
        }
    }

    @Test func nextCarriesTheRequiredHeadersAndOnlyTheOptionalOnesThatHaveAValue() async throws {
        let peer = try await Peer.start()
        let invocation = peer.startInvocation("id-1", payload: #"{"k":1}"#)
        let next = try await peer.request("GET", "/invocation/next")
        #expect(next.status == 200)
        #expect(String(decoding: next.body, as: UTF8.self) == #"{"k":1}"#)
        #expect(next.headers["Lambda-Runtime-Aws-Request-Id"] == "id-1")
        #expect(next.headers["Lambda-Runtime-Deadline-Ms"] == "1700000000000")
        #expect(next.headers["Lambda-Runtime-Invoked-Function-Arn"] == "arn:aws:lambda:us-east-1:123456789012:function:f")
        #expect(next.headers["Content-Type"] == "application/json")
        #expect(next.headers["Lambda-Runtime-Trace-Id"] == nil)
        #expect(next.headers["Lambda-Runtime-Client-Context"] == nil)
        #expect(next.headers["Lambda-Runtime-Cognito-Identity"] == nil)
        #expect(next.headers["Lambda-Runtime-Aws-Tenant-Id"] == nil)
        #expect(try await peer.request("POST", "/invocation/id-1/response", body: "\"done\"").status == 202)
        #expect(await invocation.value == .response(ByteBuffer(string: "\"done\"")))

        let traced = peer.startInvocation("id-2", traceID: "Root=1-abc", tenantID: "t-1")
        let second = try await peer.request("GET", "/invocation/next")
        #expect(second.headers["Lambda-Runtime-Trace-Id"] == "Root=1-abc")
        #expect(second.headers["Lambda-Runtime-Aws-Tenant-Id"] == "t-1")
        _ = try await peer.request("POST", "/invocation/id-2/response", body: "{}")
        _ = await traced.value
        await peer.server.shutdown()
    }

    @Test func anAnswerForAnUnknownRequestIDIs400AndASecondAnswerIs403() async throws {
        let peer = try await Peer.start()
        let invocation = peer.startInvocation("id-1")
        _ = try await peer.request("GET", "/invocation/next")
        let unknown = try await peer.request("POST", "/invocation/nope/response", body: "{}")
        #expect(unknown.status == 400)
        #expect(String(decoding: unknown.body, as: UTF8.self).contains("InvalidRequestID"))
        #expect(try await peer.request("POST", "/invocation/id-1/response", body: "1").status == 202)
        let again = try await peer.request("POST", "/invocation/id-1/response", body: "2")
        #expect(again.status == 403)
        #expect(String(decoding: again.body, as: UTF8.self).contains("InvalidStateTransition"))
        #expect(try await peer.request("POST", "/invocation/id-1/error", body: "{}").status == 403)
        #expect(await invocation.value == .response(ByteBuffer(string: "1")))
        await peer.server.shutdown()
    }

    @Test(arguments: ["response", "error"])
    func aResultOverSixMegabytesIs413AndFailsTheInvocationAtOnce(_ kind: String) async throws {
        let peer = try await Peer.start()
        let invocation = peer.startInvocation("id-1")
        _ = try await peer.request("GET", "/invocation/next")
        let oversized = String(repeating: "x", count: RuntimeAPIServer.maxResponseSize + 1)
        let tooLarge = try await peer.request("POST", "/invocation/id-1/\(kind)", body: oversized)
        #expect(tooLarge.status == 413)
        #expect(String(decoding: tooLarge.body, as: UTF8.self).contains("6291556"))
        // The invocation is over: a runtime that reports an error after the 413 is told so.
        #expect(try await peer.request("POST", "/invocation/id-1/error", body: "{}").status == 403)
        // The caller has Lambda's error, not one the runtime sent.
        guard case .error(let error) = await invocation.value else {
            Issue.record("expected the invocation to fail")
            return
        }
        #expect(error.errorType == "Function.ResponseSizeTooLarge")
        #expect(String(buffer: error.body)
            == #"{"errorMessage":"Response payload size exceeded maximum allowed payload size (6291556 bytes).","errorType":"Function.ResponseSizeTooLarge"}"#)

        // The runtime goes on to the next event, and a result at the limit is taken.
        let next = peer.startInvocation("id-2")
        #expect(try await peer.request("GET", "/invocation/next").headers["Lambda-Runtime-Aws-Request-Id"] == "id-2")
        let exactlyAtLimit = String(repeating: "y", count: RuntimeAPIServer.maxResponseSize)
        #expect(try await peer.request("POST", "/invocation/id-2/\(kind)", body: exactlyAtLimit).status == 202)
        let size: Int? = switch await next.value {
        case .response(let body): body.readableBytes
        case .error(let error): error.body.readableBytes
        case .abandoned: nil
        }
        #expect(size == RuntimeAPIServer.maxResponseSize)
        await peer.server.shutdown()
    }

    @Test func theErrorTypeComesFromTheHeaderOrElseFromTheBody() async throws {
        let peer = try await Peer.start()
        let withHeader = peer.startInvocation("id-1")
        _ = try await peer.request("GET", "/invocation/next")
        _ = try await peer.request(
            "POST", "/invocation/id-1/error", headers: [("Lambda-Runtime-Function-Error-Type", "HeaderType")],
            body: #"{"errorMessage":"m","errorType":"BodyType"}"#)
        guard case .error(let first) = await withHeader.value else {
            Issue.record("expected an error")
            return
        }
        #expect(first.errorType == "HeaderType")

        // awslambdaric 4.x sends no error-type header: the type is only in the body.
        let withoutHeader = peer.startInvocation("id-2")
        _ = try await peer.request("GET", "/invocation/next")
        _ = try await peer.request("POST", "/invocation/id-2/error", body: #"{"errorMessage":"m","errorType":"BodyType"}"#)
        guard case .error(let second) = await withoutHeader.value else {
            Issue.record("expected an error")
            return
        }
        #expect(second.errorType == "BodyType")
        #expect(second.message == "m")
        await peer.server.shutdown()
    }

    @Test func anInitErrorIsReportedOnceAndOnlyBeforeTheFirstNext() async throws {
        let peer = try await Peer.start()
        let response = try await peer.request(
            "POST", "/init/error", headers: [("Lambda-Runtime-Function-Error-Type", "Runtime.ConfigError")],
            body: #"{"errorMessage":"no table","errorType":"Runtime.ConfigError"}"#)
        #expect(response.status == 202)
        guard case .failed(let error) = await peer.server.waitForInit() else {
            Issue.record("expected init to have failed")
            return
        }
        #expect(error.errorType == "Runtime.ConfigError")
        #expect(try await peer.request("POST", "/init/error", body: "{}").status == 403)
        await peer.server.shutdown()

        let ready = try await Peer.start()
        let invocation = ready.startInvocation("id-1")
        _ = try await ready.request("GET", "/invocation/next")
        #expect(await ready.server.waitForInit() == .ready)
        #expect(try await ready.request("POST", "/init/error", body: "{}").status == 403)
        _ = try await ready.request("POST", "/invocation/id-1/response", body: "{}")
        _ = await invocation.value
        await ready.server.shutdown()
    }

    @Test func unknownPathsAndMethodsAreRefusedWithoutHarm() async throws {
        let peer = try await Peer.start()
        #expect(try await peer.request("GET", "/nothing").status == 404)
        #expect(try await peer.request("POST", "/invocation/next", body: "{}").status == 405)
        #expect(try await peer.request("GET", "/invocation/id/response").status == 405)
        let invocation = peer.startInvocation("id-1")
        #expect(try await peer.request("GET", "/invocation/next").status == 200)
        _ = try await peer.request("POST", "/invocation/id-1/response", body: "{}")
        _ = await invocation.value
        await peer.server.shutdown()
    }

    @Test func abandoningAnInvocationEndsItAndALateAnswerIs410AsLambdaAnswersIt() async throws {
        let peer = try await Peer.start()
        let invocation = peer.startInvocation("id-1")
        _ = try await peer.request("GET", "/invocation/next")
        peer.server.abandon(requestID: "id-1", reason: .timedOut)
        #expect(await invocation.value == .abandoned(.timedOut))
        let late = try await peer.request("POST", "/invocation/id-1/response", body: "{}")
        #expect(late.status == 410)
        #expect(String(decoding: late.body, as: UTF8.self).contains(#""errorType":"InvokeTimeout""#))
        // An invocation ended for another reason than its deadline keeps the 403 of a second answer.
        let stopped = peer.startInvocation("id-2")
        _ = try await peer.request("GET", "/invocation/next")
        peer.server.abandon(requestID: "id-2", reason: .shutDown)
        _ = await stopped.value
        #expect(try await peer.request("POST", "/invocation/id-2/response", body: "{}").status == 403)
        await peer.server.shutdown()
    }

    @Test func everyNextCarriesAFreshInvocationIDEvenForTheSameRequestID() async throws {
        let peer = try await Peer.start()
        var seen: Set<String> = []
        for _ in 0..<3 {
            let invocation = peer.startInvocation("same-request")
            let next = try await peer.request("GET", "/invocation/next")
            let invocationID = try #require(next.headers["Lambda-Runtime-Invocation-Id"])
            #expect(!invocationID.isEmpty)
            seen.insert(invocationID)
            let answer = try await peer.request(
                "POST", "/invocation/same-request/response", headers: [("Lambda-Runtime-Invocation-Id", invocationID)], body: "1")
            #expect(answer.status == 202)
            _ = await invocation.value
        }
        #expect(seen.count == 3)
        await peer.server.shutdown()
    }

    @Test(arguments: ["response", "error"])
    func anAnswerEchoingAnotherInvocationIDIsRefusedAndTheRightOneStillAnswers(_ kind: String) async throws {
        let lines = Mutex<[String]>([])
        let server = try await RuntimeAPIServer.start(log: { line in lines.withLock { $0.append(line) } })
        let peer = Peer(server: server, http: try CurlConnection())
        // A first attempt times out; the retry carries the same request id, as an Event retry does.
        let first = peer.startInvocation("retried")
        let firstID = try #require(try await peer.request("GET", "/invocation/next").headers["Lambda-Runtime-Invocation-Id"])
        server.abandon(requestID: "retried", reason: .timedOut)
        _ = await first.value
        let retry = peer.startInvocation("retried")
        let retryID = try #require(try await peer.request("GET", "/invocation/next").headers["Lambda-Runtime-Invocation-Id"])
        #expect(retryID != firstID)

        // The first attempt's late answer cannot pass for the retry's.
        let late = try await peer.request(
            "POST", "/invocation/retried/\(kind)", headers: [("Lambda-Runtime-Invocation-Id", firstID)], body: #"{"late":true}"#)
        #expect(late.status == 410)
        #expect(String(decoding: late.body, as: UTF8.self).contains(#""errorType":"InvokeTimeout""#))
        // An id no attempt carried is an invalid request id.
        let stranger = try await peer.request(
            "POST", "/invocation/retried/\(kind)", headers: [("Lambda-Runtime-Invocation-Id", "not-an-attempt")], body: "{}")
        #expect(stranger.status == 400)
        #expect(String(decoding: stranger.body, as: UTF8.self).contains(#""errorType":"InvalidRequestID""#))
        #expect(lines.withLock { $0 }.count == 2)
        #expect(lines.withLock { $0 }.allSatisfy { $0.contains("retried") })

        let right = try await peer.request(
            "POST", "/invocation/retried/\(kind)", headers: [("Lambda-Runtime-Invocation-Id", retryID)], body: #"{"right":true}"#)
        #expect(right.status == 202)
        switch await retry.value {
        case .response(let body): #expect(kind == "response" && String(buffer: body) == #"{"right":true}"#)
        case .error: #expect(kind == "error")
        case .abandoned: Issue.record("the retry was abandoned")
        }
        await server.shutdown()
    }

    @Test func anAnswerWithoutTheEchoIsTakenAsOlderRuntimesSendIt() async throws {
        let peer = try await Peer.start()
        let invocation = peer.startInvocation("id-1")
        #expect(try await peer.request("GET", "/invocation/next").headers["Lambda-Runtime-Invocation-Id"] != nil)
        #expect(try await peer.request("POST", "/invocation/id-1/response", body: "7").status == 202)
        #expect(await invocation.value == .response(ByteBuffer(string: "7")))
        await peer.server.shutdown()
    }

    @Test func concurrentNextsOnOneInstanceEachGetAnEvent() async throws {
        let peer = try await Peer.start()
        // Four runtime loops wait at once, as a Managed Instances runtime's workers do.
        let server = peer.server
        let nexts = (0..<4).map { _ in
            Task { try await Peer(server: server, http: try CurlConnection()).request("GET", "/invocation/next") }
        }
        try await Task.sleep(for: .milliseconds(200))
        let invocations = (0..<4).map { peer.startInvocation("id-\($0)", payload: "\($0)") }
        var delivered: [String: String] = [:]
        for next in nexts {
            let answer = try await next.value
            delivered[try #require(answer.headers["Lambda-Runtime-Aws-Request-Id"])] = String(decoding: answer.body, as: UTF8.self)
        }
        #expect(delivered == ["id-0": "0", "id-1": "1", "id-2": "2", "id-3": "3"])
        // All four are in flight together and each answer reaches its own invocation.
        for index in (0..<4).reversed() {
            #expect(try await peer.request("POST", "/invocation/id-\(index)/response", body: "\(index * 10)").status == 202)
        }
        for (index, invocation) in invocations.enumerated() {
            #expect(await invocation.value == .response(ByteBuffer(string: "\(index * 10)")))
        }
        await peer.server.shutdown()
    }

    @Test func afterTerminationNextAnswers500AndNewInvocationsAreAbandoned() async throws {
        let peer = try await Peer.start()
        peer.server.terminate(reason: .shutDown)
        let next = try await peer.request("GET", "/invocation/next")
        #expect(next.status == 500)
        #expect(await peer.startInvocation("late").value == .abandoned(.shutDown))
        await peer.server.shutdown()
    }

    @Test func malformedHTTPGetsA400AndTheServerKeepsServing() async throws {
        let peer = try await Peer.start()
        let port = UInt16(peer.server.address.split(separator: ":").last!)!
        let reply = try await RawSocket.exchangeOffPool(port: port, bytes: "THIS IS NOT HTTP\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 400"))
        let invocation = peer.startInvocation("id-1")
        #expect(try await peer.request("GET", "/invocation/next").status == 200)
        _ = try await peer.request("POST", "/invocation/id-1/response", body: "{}")
        _ = await invocation.value
        await peer.server.shutdown()
    }
}

/// Carries a connection to the one thread that uses it at a time.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
