import Foundation

/// A `lambda-local` process started for a benchmark, with the addresses it printed.
final class LambdaLocalServer {
    private let process = Process()
    private let log = Pipe()
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
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        do {
            addresses = try Self.waitForAddresses(log, servers: servers)
        } catch {
            stop()
            throw error
        }
        // Drain the server's log in the background so that it never blocks on a full pipe.
        let reader = log.fileHandleForReading
        Thread.detachNewThread {
            while !reader.availableData.isEmpty {}
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
    private static func waitForAddresses(_ log: Pipe, servers: [String]) throws -> [String: String] {
        var text = ""
        var found: [String: String] = [:]
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, found.count < servers.count {
            let chunk = log.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            for server in servers where found[server] == nil {
                guard let range = text.range(of: "\(server) on ") else { continue }
                let rest = text[range.upperBound...]
                if let end = rest.firstIndex(of: "\n") { found[server] = String(rest[..<end]) }
            }
        }
        guard found.count == servers.count else {
            throw BenchInstance.Failure(description: "lambda-local did not start its \(servers.joined(separator: " and ")): \(text)")
        }
        return found
    }
}
