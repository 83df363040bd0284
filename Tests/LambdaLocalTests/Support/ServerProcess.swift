import Foundation

/// `lambda-local start-*` running in the background for a test, stopped by the test.
final class ServerProcess: @unchecked Sendable {
    private let process: Process
    private let logURL: URL
    /// The addresses the servers printed, by name (`Lambda Invoke API`, `API Gateway`, ...).
    private(set) var addresses: [String: String] = [:]

    /// Starts lambda-local with the arguments (use `--port 0` so the system picks free ports) in the
    /// project folder, and waits until every expected server has said where it listens.
    init(_ arguments: [String], in directory: String, expecting servers: [String]) async throws {
        logURL = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID().uuidString).log")
        try Data().write(to: logURL)
        process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.lambdaLocal)
        process.arguments = arguments
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
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
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
