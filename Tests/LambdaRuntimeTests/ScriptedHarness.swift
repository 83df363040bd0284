import Foundation
import LambdaRuntime
import Synchronization

/// The real runtime loop, in this process, against a ``ScriptedRuntimeAPI``, its log lines kept.
struct ScriptedHarness {
    let api: ScriptedRuntimeAPI
    let loop: Task<LambdaRuntimeError, Never>
    let logs: CapturedLogs

    /// Starts a server and a loop with the handler made by `initialize`: with
    /// ``LambdaRuntime/runConcurrently(initialize:)`` when `concurrently`, else with `run`.
    static func start(
        environment extra: [String: String] = [:],
        concurrently: Bool = false,
        initialize: @escaping @Sendable (InitializationContext) async throws -> ClosureByteHandler
    ) async throws -> ScriptedHarness {
        let api = try await ScriptedRuntimeAPI.start()
        var environment = [
            "AWS_LAMBDA_RUNTIME_API": api.address,
            "AWS_LAMBDA_FUNCTION_NAME": "scripted",
            "AWS_LAMBDA_LOG_LEVEL": "WARN",
        ]
        environment.merge(extra) { $1 }
        let logs = CapturedLogs()
        let runtime = LambdaRuntime(environment: environment, logOutput: logs.output)
        let loop = Task { () async -> LambdaRuntimeError in
            do throws(LambdaRuntimeError) {
                if concurrently {
                    try await runtime.runConcurrently(initialize: initialize)
                } else {
                    try await runtime.run(initialize: initialize)
                }
            } catch {
                return error
            }
        }
        return ScriptedHarness(api: api, loop: loop, logs: logs)
    }

    /// Starts a loop around a bytes closure.
    static func start(
        environment: [String: String] = [:],
        concurrently: Bool = false,
        _ body: @escaping @Sendable (Data, LambdaContext) async throws -> Data
    ) async throws -> ScriptedHarness {
        try await start(environment: environment, concurrently: concurrently) { _ in ClosureByteHandler(body) }
    }

    /// Ends the loop as Lambda does when an environment goes away (`/next` answers 500) and returns
    /// the error it stopped with.
    func finish() async -> LambdaRuntimeError {
        api.finish()
        let error = await loop.value
        await api.shutdown()
        return error
    }
}

/// Log lines the runtime wrote, kept in order.
final class CapturedLogs: Sendable {
    private let captured = Mutex<[String]>([])

    /// Where the runtime writes.
    var output: LogOutput {
        LogOutput { line in self.captured.withLock { $0.append(line) } }
    }

    /// The lines so far, without their newlines.
    var lines: [String] {
        captured.withLock { $0 }.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    }

    /// The lines decoded as JSON objects; a line that is not one fails the decoding as `nil`.
    var jsonLines: [[String: Any]?] {
        lines.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}
