import Foundation
import LocalHTTP
import NIOPosix
import Testing
import TestSupport

/// Beyond its limit of connections the server refuses new ones with a 503 that says why, keeps
/// serving the ones it has, and takes new ones again when one closes.
@Suite struct ConnectionLimitTests {
    /// What each step of the conversation got.
    struct Steps: Sendable {
        var first: [Int] = []
        var refusal: RawConnection.Response?
        var refusalEnding: RawConnection.Ending?
        var again: [Int] = []
        var afterOneClosed: Int?
    }

    @Test func theConnectionBeyondTheLimitIsRefusedUntilOneCloses() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await HTTPServer.start(
            configuration: HTTPServerConfiguration(maxConnections: 3), responder: BodyLengthEcho(), group: group)
        let port = UInt16(server.port)
        let steps = try await RawConnection.offPool { () -> Steps in
            var steps = Steps()
            let kept = try (0..<3).map { _ in try RawConnection(port: port) }
            steps.first = kept.map { connection in
                connection.send(BodyLengthEcho.request(bodySize: 1))
                return connection.readResponse()?.status ?? 0
            }
            let refused = try RawConnection(port: port)
            refused.send(BodyLengthEcho.request(bodySize: 1))
            steps.refusal = refused.readResponse()
            steps.refusalEnding = refused.readToEnd()
            steps.again = kept.map { connection in
                connection.send(BodyLengthEcho.request(bodySize: 2))
                return connection.readResponse()?.status ?? 0
            }
            // The server learns of the close on its own time; a bound only so that a broken server
            // does not hang the suite.
            kept[0].close()
            for _ in 0..<500 where server.connectionsOpen > 2 { usleep(20_000) }
            let next = try RawConnection(port: port)
            next.send(BodyLengthEcho.request(bodySize: 1))
            steps.afterOneClosed = next.readResponse()?.status
            return steps
        }
        #expect(steps.first == [200, 200, 200])
        #expect(steps.refusal?.status == 503)
        #expect(steps.refusal?.headers["connection"] == "close")
        #expect(steps.refusal?.body.contains("at most 3 connections") == true)
        #expect(steps.refusalEnding == .closed)
        #expect(steps.again == [200, 200, 200])
        #expect(steps.afterOneClosed == 200)
        await server.shutdown()
        try await group.shutdownGracefully()
    }
}
