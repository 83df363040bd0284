import LocalHTTP
import NIOCore
import Synchronization
import Testing
import TestSupport

/// Requests a client sends back to back on one connection, before reading any answer, are answered
/// one at a time and in the order they came.
@Suite struct PipeliningTests {
    /// Answers `/<name>?delay=<ms>` with `<name>` after the delay, from the connection's event loop
    /// (a timer, no task: the answers do not wait for the shared concurrency pool, which other test
    /// suites keep busy), and remembers how many answers were being worked on at once and which
    /// requests it saw.
    final class SlowEcho: HTTPResponder {
        private let active = Atomic<Int>(0)
        private let mostActive = Atomic<Int>(0)
        private let seen = Mutex<[String]>([])

        var mostAtOnce: Int { mostActive.load(ordering: .relaxed) }
        var requests: [String] { seen.withLock { $0 } }

        func respond(to request: HTTPRequest) async -> HTTPResponse {
            HTTPResponse(status: .internalServerError)
        }

        func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
            let now = active.add(1, ordering: .relaxed).newValue
            mostActive.max(now, ordering: .relaxed)
            let name = String(request.path.dropFirst())
            seen.withLock { $0.append(name) }
            let delay = request.query.split(separator: "=").last.flatMap { Int64($0) } ?? 0
            promise.futureResult.whenComplete { [self] _ in active.subtract(1, ordering: .relaxed) }
            promise.futureResult.eventLoop.scheduleTask(in: .milliseconds(delay)) {
                promise.succeed(HTTPResponse(status: .ok, contentType: "text/plain", body: name))
            }
            return true
        }
    }

    static func request(_ name: String, delay: Int = 0, close: Bool = false, bodySize: Int = 0) -> String {
        "POST /\(name)?delay=\(delay) HTTP/1.1\r\nHost: local\r\nContent-Length: \(bodySize)\r\n"
            + (close ? "Connection: close\r\n" : "") + "\r\n" + String(repeating: "x", count: bodySize)
    }

    /// The bodies of the responses in `reply`, in order.
    static func bodies(_ reply: String) -> [String] {
        reply.components(separatedBy: "HTTP/1.1 200 OK").dropFirst().map { part in
            String(part.components(separatedBy: "\r\n\r\n").last ?? "")
        }
    }

    static func serve(_ responder: SlowEcho) async throws -> (HTTPServer, UInt16) {
        let server = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: responder)
        return (server, UInt16(server.port))
    }

    @Test func answersComeInTheOrderOfTheRequestsEvenWhenTheFirstIsSlowest() async throws {
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder)
        let bytes = Self.request("first", delay: 300) + Self.request("second", delay: 100) + Self.request("third", close: true)
        let reply = try await RawSocket.exchangeOffPool(port: port, bytes: bytes)
        #expect(Self.bodies(reply) == ["first", "second", "third"])
        #expect(responder.mostAtOnce == 1)
        await server.shutdown()
    }

    @Test func aBacklogLargerThanTheWaitingLimitIsAnsweredWhole() async throws {
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder)
        // 6 MB, far more than the server takes in one turn of reads: reading pauses behind the
        // waiting requests and resumes as they are answered (the client's send would time out otherwise).
        let names = (1...60).map { "r\($0)" }
        let bytes = names.dropLast().map { Self.request($0, bodySize: 100_000) }.joined()
            + Self.request(names.last!, close: true)
        let reply = try await RawSocket.exchangeOffPool(port: port, bytes: bytes)
        #expect(Self.bodies(reply) == names)
        #expect(responder.mostAtOnce == 1)
        await server.shutdown()
    }

    @Test func nothingAfterARequestThatAskedToCloseIsAnswered() async throws {
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder)
        let bytes = Self.request("one") + Self.request("two", close: true) + Self.request("three")
        let reply = try await RawSocket.exchangeOffPool(port: port, bytes: bytes)
        #expect(Self.bodies(reply) == ["one", "two"])
        #expect(!responder.requests.contains("three"))
        await server.shutdown()
    }

    @Test func requestsBeforeMalformedInputAreAnsweredAndTheLastAnswerCloses() async throws {
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder)
        let bytes = Self.request("slow", delay: 200) + Self.request("quick") + "THIS IS NOT HTTP\r\n\r\n"
        let conversation = try await RawSocket.conversationOffPool(port: port, bytes: bytes)
        let reply = conversation.reply
        #expect(Self.bodies(reply) == ["slow", "quick"])
        #expect(!reply.contains(" 400 "))
        // The answer to "quick" says the connection closes, and it does.
        #expect(reply.components(separatedBy: "\r\n\r\n").dropLast().last?.lowercased().contains("connection: close") == true)
        #expect(conversation.peerClosed)
        let alone = try await RawSocket.exchangeOffPool(port: port, bytes: "THIS IS NOT HTTP\r\n\r\n")
        #expect(alone.hasPrefix("HTTP/1.1 400"))
        await server.shutdown()
    }

    @Test func aClientThatLeavesWithRequestsWaitingLeavesNothingBehind() async throws {
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder)
        try RawSocket.sendAndLeave(port: port, bytes: (1...5).map { Self.request("gone\($0)", delay: 200) }.joined())
        // The first is being answered when the client leaves; the ones behind it never start.
        let deadline = ContinuousClock.now + .seconds(5)
        while server.requestsInFlight > 0 || responder.requests.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(server.requestsInFlight == 0)
        #expect(responder.requests.count <= 1)
        let reply = try await RawSocket.exchangeOffPool(port: port, bytes: Self.request("next", close: true))
        #expect(Self.bodies(reply) == ["next"])
        await server.shutdown()
    }
}
