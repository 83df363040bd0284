import Foundation

/// A finished run of a command: its exit status and everything it wrote.
struct CommandRun: Sendable {
    var status: Int32
    var stdout: Data
    var stderr: String
    var elapsed: Duration

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    /// Standard output parsed as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: stdout) as? [String: Any]) ?? [:]
    }

    /// Runs a program to completion on a thread of its own (waiting blocks), with output captured in
    /// files so that a chatty program can never fill a pipe and stall.
    static func run(
        _ executable: String,
        _ arguments: [String],
        in directory: String,
        stdin: Data? = nil,
        environment: [String: String] = [:],
        timeout: Duration = .seconds(120)
    ) async throws -> CommandRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, in: directory, stdin: stdin, environment: environment, timeout: timeout)
                })
            }
        }
    }

    private static func runBlocking(
        _ executable: String,
        _ arguments: [String],
        in directory: String,
        stdin: Data?,
        environment: [String: String],
        timeout: Duration
    ) throws -> CommandRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        let started = ContinuousClock.now
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds))
        while process.isRunning && Date() < deadline {
            usleep(10_000)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return CommandRun(
            status: process.terminationStatus,
            stdout: (try? Data(contentsOf: outURL)) ?? Data(),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            elapsed: ContinuousClock.now - started)
    }
}
