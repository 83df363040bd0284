import Foundation

/// A `lambda-local` process started for a benchmark, with the addresses it printed.
final class LambdaLocalServer {
    private let process = Process()
    /// The address of each server it was asked to wait for ("API Gateway", "Lambda Invoke API").
    private(set) var addresses: [String: String] = [:]

    /// Starts `lambda-local <arguments>` in `directory` and waits until it prints the address of
    /// every server in `servers`.
    init(binDirectory: String, arguments: [String], directory: String, servers: [String]) async throws {
        process.executableURL = URL(fileURLWithPath: "\(binDirectory)/lambda-local")
        process.arguments = arguments
        // Stops by itself should the benchmark die first.
        process.environment = ProcessInfo.processInfo.environment.merging(["LAMBDA_LOCAL_EXIT_WITH_PARENT": "1"]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // The log goes to a file, as `2> file` would send it: a pipe drained by this process would put
        // a reader thread on the same two cores, woken for every START, END and REPORT line, and
        // its cost would be counted against lambda-local.
        let logPath = "\(directory)/lambda-local-\(UUID().uuidString).log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
              let log = FileHandle(forWritingAtPath: logPath)
        else {
            throw BenchInstance.Failure(description: "cannot create \(logPath)")
        }
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try? log.close()
        do {
            addresses = try Self.waitForAddresses(logPath: logPath, of: process, servers: servers)
        } catch {
            stop()
            throw error
        }
    }

    /// The process id of lambda-local.
    var pid: Int32 { process.processIdentifier }

    /// The address lambda-local printed for `server`.
    func address(_ server: String) -> String {
        addresses[server] ?? ""
    }

    /// Stops the process (SIGTERM) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        stop()
    }

    /// Reads the log until a line `<server> on <address>` has appeared for each server.
    private static func waitForAddresses(logPath: String, of process: Process, servers: [String]) throws -> [String: String] {
        var text = ""
        var found: [String: String] = [:]
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, found.count < servers.count {
            text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            for server in servers where found[server] == nil {
                guard let range = text.range(of: "\(server) on ") else { continue }
                let rest = text[range.upperBound...]
                if let end = rest.firstIndex(of: "\n") { found[server] = String(rest[..<end]) }
            }
            if found.count < servers.count {
                guard process.isRunning else { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard found.count == servers.count else {
            throw BenchInstance.Failure(description: "lambda-local did not start its \(servers.joined(separator: " and ")): \(text)")
        }
        return found
    }
}
