import Foundation
import Synchronization

/// `lambda-local start-*` running in the background for a test, stopped by the test.
final class ServerProcess: @unchecked Sendable {
    private let process: Process
    private let logURL: URL
    /// Whether this server still holds one of the slots that limit how many run at once.
    private let holdsSlot: Mutex<Bool>
    /// The addresses the servers printed, by name (`Lambda Invoke API`, `API Gateway`, ...).
    private(set) var addresses: [String: String] = [:]

    /// Starts lambda-local with the arguments (use `--port 0` so the system picks free ports) in the
    /// project folder, and waits until every expected server has said where it listens.
    /// `beforeStart` runs once the server's turn has come (see ``ServerSlots``), just before it
    /// starts: the place for anything that depends on the time it starts.
    init(
        _ arguments: [String], in directory: String, expecting servers: [String],
        beforeStart: () throws -> Void = {}
    ) async throws {
        await ServerSlots.shared.acquire()
        holdsSlot = Mutex(true)
        do { try beforeStart() } catch {
            ServerSlots.shared.release()
            throw error
        }
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID().uuidString).log")
        try Data().write(to: logURL)
        process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.lambdaLocal)
        process.arguments = arguments
        // A test run that dies must not leave its servers behind.
        process.environment = ProcessInfo.processInfo.environment.merging(["LAMBDA_LOCAL_EXIT_WITH_PARENT": "1"]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: logURL)
        process.standardError = try FileHandle(forWritingTo: logURL)
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            for line in log.split(separator: "\n") where line.hasPrefix("lambda-local: ") && line.contains(" on http://") {
                let text = line.dropFirst("lambda-local: ".count)
                if let range = text.range(of: " on http://") {
                    addresses[String(text[..<range.lowerBound])] = "http://" + text[range.upperBound...]
                }
            }
            if servers.allSatisfy({ addresses[$0] != nil }) { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        releaseSlot()
        throw Failure(description: "lambda-local did not start its servers: \(log)")
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Everything the server wrote so far.
    var log: String {
        String(decoding: (try? Data(contentsOf: logURL)) ?? Data(), as: UTF8.self)
    }

    var pid: Int32 { process.processIdentifier }

    /// Sends a signal and waits (at most 30 s) for the process to exit; returns its status.
    @discardableResult
    func stop(signal: Int32 = SIGTERM) async -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        let deadline = ContinuousClock.now + .seconds(30)
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        releaseSlot()
        return process.terminationStatus
    }

    /// Gives the slot back once, whichever of stop, a failed start or deinit comes first.
    private func releaseSlot() {
        if holdsSlot.withLock({ holds in defer { holds = false }; return holds }) {
            ServerSlots.shared.release()
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        releaseSlot()
        try? FileManager.default.removeItem(at: logURL)
    }

    /// The process ids whose parent is this server: its function instances.
    func childPIDs() -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == process.processIdentifier
        }
    }
}

/// Whether a process exists (and is not a zombie waiting to be reaped).
func processIsAlive(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    return !stat[stat.index(after: close)...].hasPrefix(" Z")
}

/// Runs the boto3 driver in Tests/Fixtures/clients against an endpoint and parses what it printed.
func lambdaClient(_ endpoint: String, _ arguments: [String]) async throws -> [String: Any] {
    let script = "\(BuiltProducts.packageRoot)/Tests/Fixtures/clients/lambda_client.py"
    let run = try await CommandRun.run("/usr/bin/env", ["python3", script, endpoint] + arguments, in: BuiltProducts.packageRoot)
    guard run.status == 0, let object = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any] else {
        throw ServerProcess.Failure(description: "lambda_client.py failed (\(run.status)): \(run.stderr)")
    }
    return object
}
