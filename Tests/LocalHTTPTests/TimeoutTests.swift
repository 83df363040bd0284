import Foundation
import LocalHTTP
import NIOPosix
import Testing
import TestSupport

/// The server waits only so long for a client that sends slowly or not at all, and never times out
/// a request whose answer is still being made.
@Suite struct TimeoutTests {
    /// A server on a loop of its own (these tests hold connections open on purpose), with short timeouts.
    static func serve(
        head: Duration = .seconds(1), body: Duration = .seconds(1), idle: Duration = .seconds(60)
    ) async throws -> (HTTPServer, UInt16, MultiThreadedEventLoopGroup) {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let configuration = HTTPServerConfiguration(
            timeouts: HTTPServerTimeouts(requestHead: head, bodyProgress: body, idle: idle))
        let server = try await HTTPServer.start(configuration: configuration, responder: BodyLengthEcho(), group: group)
        return (server, UInt16(server.port), group)
    }

    /// What a trickling client saw: the server's answer, how the connection ended, how much of
    /// its head it had sent by then.
    struct Trickle: Sendable {
        let reply: String
        let ending: RawConnection.Ending?
        let sent: Int
    }

    @Test func headsTrickledAByteAtATimeAreCutOffWhileOtherClientsAreServed() async throws {
        let (server, port, group) = try await Self.serve()
        // 130 bytes at one every 200 ms: 26 s to send whole, far beyond the head's 1 s.
        let head = Array(("GET / HTTP/1.1\r\nHost: local\r\nX-Slow: " + String(repeating: "s", count: 100) + "\r\n\r\n").utf8)
        async let trickles = RawConnection.offPool { () -> [Trickle] in
            let connections = try (0..<30).map { _ in try RawConnection(port: port) }
            var sent = [Int](repeating: 0, count: connections.count)
            var next = 0
            while next < head.count, connections.contains(where: { $0.ending == nil }) {
                for (index, connection) in connections.enumerated() where connection.ending == nil {
                    connection.poll()
                    if connection.ending == nil, connection.send([head[next]]) { sent[index] = next + 1 }
                }
                next += 1
                usleep(200_000)
            }
            return connections.indices.map { Trickle(reply: connections[$0].unread, ending: connections[$0].ending, sent: sent[$0]) }
        }
        async let others = RawConnection.offPool { () -> [Int] in
            try (0..<10).map { _ in
                let connection = try RawConnection(port: port)
                connection.send(BodyLengthEcho.request(bodySize: 3, close: true))
                let status = connection.readResponse()?.status ?? 0
                usleep(200_000)
                return status
            }
        }
        let (trickled, served) = try await (trickles, others)
        #expect(served == [Int](repeating: 200, count: 10))
        // Each got its 408, read to the end of the stream, before it had sent its head whole.
        let cutOff = trickled.filter {
            $0.reply.hasPrefix("HTTP/1.1 408 Request Timeout\r\n") && $0.reply.lowercased().contains("connection: close\r\n")
                && $0.ending == .closed && $0.sent < head.count
        }
        #expect(cutOff.count == trickled.count, "for example: \(trickled[0])")
        await server.shutdown()
        try await group.shutdownGracefully()
    }

    @Test func aBodyThatStopsComingIsCutOffButOneThatKeepsMovingIsTakenWhole() async throws {
        let (server, port, group) = try await Self.serve()
        async let stalled = RawConnection.offPool { () -> (String, RawConnection.Ending) in
            let connection = try RawConnection(port: port)
            connection.send("POST / HTTP/1.1\r\nHost: local\r\nContent-Length: 100000000\r\n\r\nthe start")
            let ending = connection.readToEnd()
            return (connection.unread, ending)
        }
        // 40 bytes at one every 100 ms: 4 s in all, but never 1 s without a byte.
        async let moving = RawConnection.offPool { () -> RawConnection.Response? in
            let connection = try RawConnection(port: port)
            connection.send("POST / HTTP/1.1\r\nHost: local\r\nContent-Length: 40\r\n\r\n")
            for _ in 0..<40 {
                usleep(100_000)
                connection.send("m")
            }
            return connection.readResponse()
        }
        let ((reply, ending), response) = try await (stalled, moving)
        #expect(reply.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(ending == .closed)
        #expect(response?.status == 200)
        #expect(response?.body == "40")
        await server.shutdown()
        try await group.shutdownGracefully()
    }

    @Test func anIdleConnectionIsClosedButAnAnswerSlowerThanEveryTimeoutIsWaitedFor() async throws {
        let (server, port, group) = try await Self.serve(idle: .seconds(1))
        async let idle = RawConnection.offPool { () -> (Int?, String, RawConnection.Ending) in
            let connection = try RawConnection(port: port)
            connection.send(BodyLengthEcho.request(bodySize: 2))
            let status = connection.readResponse()?.status
            let ending = connection.readToEnd()
            return (status, connection.unread, ending)
        }
        // The answer takes 3 s, three times every timeout.
        async let slow = RawConnection.offPool { () -> RawConnection.Response? in
            let connection = try RawConnection(port: port)
            connection.send(BodyLengthEcho.request("/?delay=3000", bodySize: 5))
            return connection.readResponse()
        }
        let ((status, afterAnswer, ending), response) = try await (idle, slow)
        #expect(status == 200)
        #expect(afterAnswer == "")
        #expect(ending == .closed)
        #expect(response?.status == 200)
        #expect(response?.body == "5")
        await server.shutdown()
        try await group.shutdownGracefully()
    }
}
