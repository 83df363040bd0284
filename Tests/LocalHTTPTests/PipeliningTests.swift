import Foundation
import LocalHTTP
import NIOCore
import NIOPosix
import Synchronization
import Testing
import TestSupport

/// Requests a client sends back to back on one connection, before reading any answer, are answered
/// one at a time and in the order they came.
@Suite struct PipeliningTests {
    /// Answers `/<name>?delay=<ms>` with `<name>`: at once when the delay is 0, otherwise after it
    /// from the connection's event loop (a timer, no task: the answers do not wait for the shared
    /// concurrency pool, which other test suites keep busy). Remembers how many answers were being
    /// worked on at once and which requests it saw.
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
            let parameters = Dictionary(
                request.query.split(separator: "&").map { ($0.prefix { $0 != "=" }, Int64($0.drop { $0 != "=" }.dropFirst()) ?? 0) },
                uniquingKeysWith: { $1 })
            let delay = parameters["delay"] ?? 0
            promise.futureResult.whenComplete { [self] _ in active.subtract(1, ordering: .relaxed) }
            // `size` pads the answer after the name, for answers too large to sit in socket buffers.
            let padding = String(repeating: "z", count: Int(parameters["size"] ?? 0))
            let answer = HTTPResponse(status: .ok, contentType: "text/plain", body: name + padding)
            if delay == 0 {
                promise.succeed(answer)
            } else {
                promise.futureResult.eventLoop.scheduleTask(in: .milliseconds(delay)) { promise.succeed(answer) }
            }
            return true
        }
    }

    /// How many requests the responder had seen at some moment, kept across threads.
    final class SeenCount: Sendable {
        let value = Atomic<Int>(0)
    }

    static func request(_ name: String, delay: Int = 0, close: Bool = false, bodySize: Int = 0, answerSize: Int = 0) -> String {
        "POST /\(name)?delay=\(delay)&size=\(answerSize) HTTP/1.1\r\nHost: local\r\nContent-Length: \(bodySize)\r\n"
            + (close ? "Connection: close\r\n" : "") + "\r\n" + String(repeating: "x", count: bodySize)
    }

    /// The bodies of the 200 responses in `reply`, in order, read by their content-length (byte by
    /// byte: the replies run to megabytes).
    static func bodies(_ reply: String) -> [String] {
        let bytes = Array(reply.utf8)
        let separator = Array("\r\n\r\n".utf8)
        var bodies: [String] = []
        var start = 0
        while let headEnd = firstIndex(of: separator, in: bytes, from: start) {
            let head = String(decoding: bytes[start..<headEnd], as: UTF8.self).lowercased()
            let length = head.split(separator: "\r\n")
                .first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            let bodyStart = headEnd + separator.count
            let bodyEnd = min(bodyStart + length, bytes.count)
            if head.hasPrefix("http/1.1 200") {
                bodies.append(String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self))
            }
            start = bodyEnd
        }
        return bodies
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// - Parameter group: the shared loops by default. A test that keeps a loop busy on purpose
    ///   (hundreds of requests in one read, megabytes of answers) brings a loop of its own, so as
    ///   not to hold up the servers of the suites that run beside it.
    static func serve(
        _ responder: SlowEcho, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> (HTTPServer, UInt16) {
        let server = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: responder, group: group)
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

    @Test func hundredsOfRequestsAnsweredAtOnceComeBackWholeAndInOrder() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder, group: group)
        // About 50 kB of small requests: a read or two, each holding hundreds of them.
        let names = (1...600).map { "n\($0)" }
        let bytes = names.dropLast().map { Self.request($0) }.joined() + Self.request(names.last!, close: true)
        let conversation = try await RawSocket.conversationOffPool(port: port, bytes: bytes)
        #expect(Self.bodies(conversation.reply) == names)
        #expect(conversation.peerClosed)
        #expect(responder.mostAtOnce == 1)
        await server.shutdown()
        try await group.shutdownGracefully()
    }

    @Test func aClientThatDoesNotReadItsAnswersStopsTheServerAnsweringAheadOfIt() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let responder = SlowEcho()
        let (server, port) = try await Self.serve(responder, group: group)
        // 8 MB of answers, twice what the server's socket may buffer (Linux grows a send buffer to
        // 4 MB): without back-pressure every one would be made and held in the server's memory
        // while the client is not reading.
        let names = (1...32).map { "big\($0)" }
        let bytes = names.dropLast().map { Self.request($0, answerSize: 262_144) }.joined()
            + Self.request(names.last!, close: true, answerSize: 262_144)
        let seenBeforeReading = SeenCount()
        // Reading and checking megabytes happen on a thread of their own, off the shared
        // concurrency pool that other suites' tests need.
        let (answers, peerClosed) = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let conversation = try RawSocket.slowReader(port: port, bytes: bytes, readingAfter: .milliseconds(500)) {
                        seenBeforeReading.value.store(responder.requests.count, ordering: .relaxed)
                    }
                    return (Self.bodies(conversation.reply).map { String($0.prefix { $0 != "z" }) }, conversation.peerClosed)
                })
            }
        }
        #expect(seenBeforeReading.value.load(ordering: .relaxed) < 24)
        #expect(answers == names)
        #expect(peerClosed)
        await server.shutdown()
        try await group.shutdownGracefully()
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
