import Foundation
import LambdaRuntime
import Testing

/// The loop refuses to run without a Runtime API, and gives up on an unreachable one after a
/// bounded number of attempts, with a message that says where it tried.
@Suite struct RuntimeStartupTests {
    @Test func withoutARuntimeAPIAddressTheLoopStopsAtOnce() async {
        let runtime = LambdaRuntime(environment: [:])
        do throws(LambdaRuntimeError) {
            try await runtime.run(handler: ClosureByteHandler { event, _ in event })
        } catch {
            #expect(error.code == .missingRuntimeAPIAddress)
            #expect(error.message.contains("AWS_LAMBDA_RUNTIME_API"))
        }
    }

    @Test func anUnreachableRuntimeAPIIsRetriedThenGivenUp() async throws {
        let port = try ClosedPort.find()
        let runtime = LambdaRuntime(environment: ["AWS_LAMBDA_RUNTIME_API": "127.0.0.1:\(port)"])
        let started = ContinuousClock.now
        do throws(LambdaRuntimeError) {
            try await runtime.run(handler: ClosureByteHandler { event, _ in event })
        } catch {
            #expect(error.code == .runtimeAPIUnreachable)
            #expect(error.message.contains("127.0.0.1:\(port)"))
            #expect(error.message.contains("after 5 attempts"))
        }
        // Five attempts with a short backoff between them: more than an instant, far less than forever.
        let elapsed = ContinuousClock.now - started
        #expect(elapsed > .milliseconds(100))
        #expect(elapsed < .seconds(60))
    }
}

/// A loopback port with nothing listening: bound, then closed.
enum ClosedPort {
    struct Failure: Error {}

    static func find() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure() }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure() }
        return UInt16(bigEndian: address.sin_port)
    }
}
