import Foundation
import LocalHTTP
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

/// A Runtime API server whose answers the test decides, which records what the runtime sent and
/// when, by its own clock: events as the test queues them, answers `202` unless told to refuse,
/// any number of `/next` waiting at once (as on Managed Instances), and `500` on `/next` once
/// finished.
final class ScriptedRuntimeAPI: HTTPResponder {
    /// An event to hand out.
    struct Event: Sendable {
        var requestID: String
        var payload: String
        /// The `Lambda-Runtime-Invocation-Id` to send, or none as servers before 2026.
        var invocationID: String? = nil
        /// The `Lambda-Runtime-Trace-Id` to send, or none.
        var traceID: String? = nil
    }

    /// `/response` or `/error`.
    enum AnswerKind: String, Sendable {
        case response, error
    }

    /// One answer the runtime posted.
    struct Answer: Sendable {
        var kind: AnswerKind
        var requestID: String
        var headers: HTTPHeaders
        var body: String
        var receivedAt: ContinuousClock.Instant
    }

    /// What the server has seen so far.
    struct Record: Sendable {
        /// `/next` requests waiting for an event now.
        var waiting = 0
        /// When each event was handed out, by request id.
        var handedOut: [String: ContinuousClock.Instant] = [:]
        var answers: [Answer] = []
        /// Bodies of `/runtime/init/error` posts.
        var initErrors: [(errorType: String?, body: String)] = []
    }

    private struct State {
        var record = Record()
        var pending: [Event] = []
        var waiting: [(id: Int, promise: EventLoopPromise<HTTPResponse>)] = []
        var nextWaiterID = 0
        var refusals: [String: (status: HTTPResponseStatus, body: String)] = [:]
        var finished = false
    }

    private let state = Mutex(State())
    private let server = Mutex<HTTPServer?>(nil)

    /// Starts a server on a free loopback port.
    static func start() async throws -> ScriptedRuntimeAPI {
        let api = ScriptedRuntimeAPI()
        let http = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: api)
        api.server.withLock { $0 = http }
        return api
    }

    /// `host:port`, for `AWS_LAMBDA_RUNTIME_API`.
    var address: String { server.withLock { $0?.address ?? "" } }

    /// A copy of what has been seen.
    var record: Record { state.withLock { $0.record } }

    /// Queues events; each goes to a waiting `/next` at once, or to the next one that comes.
    func send(_ events: [Event]) {
        let handOuts = state.withLock { state in
            state.pending += events
            return Self.match(&state)
        }
        for (promise, response) in handOuts { promise.succeed(response) }
    }

    /// Answers the runtime's `kind` post for `requestID` with this status and body instead of 202.
    func refuse(_ kind: AnswerKind, of requestID: String, status: HTTPResponseStatus, body: String) {
        state.withLock { $0.refusals["\(requestID)/\(kind.rawValue)"] = (status, body) }
    }

    /// Waits until the record shows what the test expects. The wait is bounded only so that a
    /// runtime that never gets there fails the test instead of hanging it.
    @discardableResult
    func wait(for description: String, until condition: (Record) -> Bool) async -> Bool {
        for _ in 0..<3_000 {
            if condition(record) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("the runtime never got to: \(description)")
        return false
    }

    /// Answers every `/next`, waiting and to come, with 500, which ends a well-behaved runtime.
    func finish() {
        let waiting = state.withLock { state in
            state.finished = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for waiter in waiting { waiter.promise.succeed(Self.shuttingDown) }
    }

    /// Finishes and stops listening.
    func shutdown() async {
        finish()
        await server.withLock { $0 }?.shutdown()
    }

    // MARK: HTTPResponder

    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        let path = String(request.path)
        let prefix = "/2018-06-01/runtime/"
        guard path.hasPrefix(prefix) else {
            promise.succeed(HTTPResponse(status: .notFound))
            return true
        }
        let parts = path.dropFirst(prefix.count).split(separator: "/").map(String.init)
        let body = String(buffer: request.body)
        switch (request.method, parts.count, parts.first, parts.last) {
        case (.GET, 2, "invocation", "next"):
            waitForEvent(promise)
        case (.POST, 3, "invocation", let last?) where AnswerKind(rawValue: last) != nil:
            let kind = AnswerKind(rawValue: last)!
            let answer = Answer(
                kind: kind, requestID: parts[1], headers: request.headers, body: body, receivedAt: .now)
            let refusal = state.withLock { state in
                state.record.answers.append(answer)
                return state.refusals["\(parts[1])/\(last)"]
            }
            promise.succeed(
                refusal.map { HTTPResponse.json($0.status, $0.body) } ?? HTTPResponse.json(.accepted, #"{"status":"OK"}"#))
        case (.POST, 2, "init", "error"):
            let errorType = request.headers.first(name: "Lambda-Runtime-Function-Error-Type")
            state.withLock { $0.record.initErrors.append((errorType, body)) }
            promise.succeed(HTTPResponse.json(.accepted, #"{"status":"OK"}"#))
        default:
            promise.succeed(HTTPResponse(status: .notFound))
        }
        return true
    }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        await directAnswer(to: request) ?? HTTPResponse(status: .internalServerError)
    }

    private func waitForEvent(_ promise: EventLoopPromise<HTTPResponse>) {
        let (finished, id, handOuts) = state.withLock {
            state -> (Bool, Int, [(EventLoopPromise<HTTPResponse>, HTTPResponse)]) in
            guard !state.finished else { return (true, 0, []) }
            state.nextWaiterID += 1
            state.waiting.append((state.nextWaiterID, promise))
            return (false, state.nextWaiterID, Self.match(&state))
        }
        if finished {
            promise.succeed(Self.shuttingDown)
            return
        }
        for (waiter, response) in handOuts { waiter.succeed(response) }
        // A runtime that goes away while waiting is no longer waiting.
        promise.futureResult.whenFailure { _ in
            self.state.withLock { state in
                state.waiting.removeAll { $0.id == id }
                state.record.waiting = state.waiting.count
            }
        }
    }

    /// Pairs pending events with waiting `/next` requests, stamping the hand-out times.
    private static func match(_ state: inout State) -> [(EventLoopPromise<HTTPResponse>, HTTPResponse)] {
        var handOuts: [(EventLoopPromise<HTTPResponse>, HTTPResponse)] = []
        let now = ContinuousClock.now
        while !state.pending.isEmpty, !state.waiting.isEmpty {
            let event = state.pending.removeFirst()
            let waiter = state.waiting.removeFirst()
            state.record.handedOut[event.requestID] = now
            handOuts.append((waiter.promise, nextResponse(event)))
        }
        state.record.waiting = state.waiting.count
        return handOuts
    }

    private static func nextResponse(_ event: Event) -> HTTPResponse {
        var headers: HTTPHeaders = [
            "Lambda-Runtime-Aws-Request-Id": event.requestID,
            "Lambda-Runtime-Deadline-Ms": String(Int64(Date().timeIntervalSince1970 * 1_000) + 30_000),
            "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:123456789012:function:scripted",
            "Content-Type": "application/json",
        ]
        if let id = event.invocationID { headers.add(name: "Lambda-Runtime-Invocation-Id", value: id) }
        if let id = event.traceID { headers.add(name: "Lambda-Runtime-Trace-Id", value: id) }
        return HTTPResponse(status: .ok, headers: headers, body: ByteBuffer(string: event.payload))
    }

    private static let shuttingDown = HTTPResponse.json(
        .internalServerError, #"{"errorMessage":"the environment is going away","errorType":"Runtime.ShuttingDown"}"#)
}
