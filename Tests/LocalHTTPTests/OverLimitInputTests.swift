import Foundation
import LocalHTTP
import NIOPosix
import Testing
import TestSupport

/// Input the server refuses is answered with its 4xx, and the client reads that answer: the server
/// does not close under unread input, which would make the kernel reset the connection.
@Suite struct OverLimitInputTests {
    static let megabyte = String(repeating: "a", count: 1_024 * 1_024)

    /// Sends `bytes` on a fresh connection of a server on a loop of its own, and reads until the end.
    static func exchange(_ bytes: String, maxBodySize: Int = 10 * 1_024 * 1_024) async throws -> (String, RawConnection.Ending) {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await HTTPServer.start(
            configuration: HTTPServerConfiguration(maxBodySize: maxBodySize), responder: BodyLengthEcho(), group: group)
        let port = UInt16(server.port)
        let result = try await RawConnection.offPool {
            let connection = try RawConnection(port: port)
            connection.send(bytes)
            let ending = connection.readToEnd()
            return (connection.unread, ending)
        }
        await server.shutdown()
        try await group.shutdownGracefully()
        return result
    }

    @Test func aMegabyteOfHeaderIsAnswered431() async throws {
        let (reply, ending) = try await Self.exchange("GET / HTTP/1.1\r\nHost: local\r\nX-Big: \(Self.megabyte)\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        #expect(reply.lowercased().contains("connection: close\r\n"))
        #expect(ending == .closed)
    }

    @Test func aMegabyteOfURLIsAnswered414() async throws {
        let (reply, ending) = try await Self.exchange("GET /\(Self.megabyte) HTTP/1.1\r\nHost: local\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"))
        #expect(reply.lowercased().contains("connection: close\r\n"))
        #expect(ending == .closed)
    }

    @Test func aBadRequestLineIsAnswered400EvenWithMoreInputBehindIt() async throws {
        let (reply, ending) = try await Self.exchange("GET /a b c HTTP/1.1\r\nHost: local\r\n\r\n" + Self.megabyte)
        #expect(reply.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(reply.lowercased().contains("connection: close\r\n"))
        #expect(ending == .closed)
    }

    @Test func aBodyOverTheLimitIsAnswered413AndTheConnectionStaysUsable() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await HTTPServer.start(
            configuration: HTTPServerConfiguration(maxBodySize: 1_000), responder: BodyLengthEcho(), group: group)
        let port = UInt16(server.port)
        let (tooLarge, next) = try await RawConnection.offPool { () -> (RawConnection.Response?, RawConnection.Response?) in
            let connection = try RawConnection(port: port)
            connection.send(BodyLengthEcho.request(bodySize: 2_000_000))
            let tooLarge = connection.readResponse()
            connection.send(BodyLengthEcho.request(bodySize: 10, close: true))
            return (tooLarge, connection.readResponse())
        }
        #expect(tooLarge?.status == 413)
        #expect(next?.status == 200)
        #expect(next?.body == "10")
        await server.shutdown()
        try await group.shutdownGracefully()
    }
}
