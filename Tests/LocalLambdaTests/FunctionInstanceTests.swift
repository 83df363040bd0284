import Foundation
import LocalLambda
import NIOCore
import Synchronization
import Testing

/// A function process with its own Runtime API: started, invoked, stopped, and watched when it fails.
@Suite struct FunctionInstanceTests {
    static let fixture: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("LambdaFixture").path
    }()

    static func launch(handler: String) -> LaunchConfiguration {
        LaunchConfiguration(
            executable: fixture,
            environment: ["_HANDLER": handler, "AWS_LAMBDA_FUNCTION_NAME": "fixture", "PATH": "/usr/bin:/bin"],
            workingDirectory: FileManager.default.temporaryDirectory.path)
    }

    static func request(_ payload: String) -> InvocationRequest {
        InvocationRequest(
            requestID: UUID().uuidString.lowercased(), payload: ByteBuffer(string: payload),
            deadlineMilliseconds: Int64(Date().timeIntervalSince1970 * 1_000) + 10_000,
            invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:fixture")
    }

    @Test func servesInvocationsUntilStoppedAndCollectsItsOutput() async throws {
        let lines = Mutex<[String]>([])
        let instance = try await FunctionInstance.start(Self.launch(handler: "log")) { line in
            lines.withLock { $0.append(line) }
        }
        #expect(await instance.waitForInit().outcome == .ready)
        for _ in 0..<3 {
            let record = await instance.invoke(Self.request("{}"), timeout: .seconds(5))
            #expect(record.outcome == .response(ByteBuffer(string: #""logged""#)))
            #expect((record.maxMemoryUsedMegabytes ?? 0) > 0)
        }
        let status = await instance.stop()
        #expect(status == .signaled(SIGKILL))
        #expect(lines.withLock { $0.filter { $0.contains("a line on standard output") }.count } == 3)
    }

    @Test func aFailedInitIsReportedAndTheProcessExitsNonZeroByItself() async throws {
        let instance = try await FunctionInstance.start(Self.launch(handler: "initfail")) { _ in }
        guard case .failed(let error) = await instance.waitForInit().outcome else {
            Issue.record("expected the init to fail")
            return
        }
        #expect(error.errorType == "FixtureInitFailure")
        #expect(await instance.waitForExit() == .exited(1))
        await instance.stop()
    }

    @Test func aProcessThatDiesMidInvocationEndsItWithItsStatus() async throws {
        let instance = try await FunctionInstance.start(Self.launch(handler: "crash")) { _ in }
        #expect(await instance.waitForInit().outcome == .ready)
        // A timeout far beyond the exit, so that a loaded machine cannot turn the exit into one.
        let record = await instance.invoke(Self.request(#"{"how":"exit"}"#), timeout: .seconds(60))
        #expect(record.outcome == .abandoned(.processExited(.exited(3))))
        await instance.stop()
    }

    @Test func aTimeoutAbandonsTheInvocation() async throws {
        let instance = try await FunctionInstance.start(Self.launch(handler: "sleep")) { _ in }
        #expect(await instance.waitForInit().outcome == .ready)
        let record = await instance.invoke(Self.request(#"{"seconds": 60}"#), timeout: .milliseconds(300))
        #expect(record.outcome == .abandoned(.timedOut))
        #expect(record.duration < .seconds(20), "abandoned at the timeout, not after the 60 s sleep")
        await instance.stop()
    }

    @Test func aProgramThatCannotStartIsASpawnError() async throws {
        var launch = Self.launch(handler: "echo")
        launch.executable = "/nonexistent/bootstrap"
        await #expect(throws: SpawnError.self) {
            _ = try await FunctionInstance.start(launch) { _ in }
        }
    }
}
