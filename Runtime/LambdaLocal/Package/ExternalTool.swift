import Foundation

/// Runs one of the programs packaging relies on (`ldd`, `strip`, `patchelf`, `readelf`, `zip`) to
/// completion and returns what it printed.
///
/// Output goes to files rather than pipes, so that a program that writes much to both streams can
/// never stall on a full pipe while the other one is being read.
enum ExternalTool {
    /// Runs `program` (looked up on `PATH`) and returns its standard output; a non-zero exit is an
    /// error that quotes the command and what it wrote to standard error.
    @discardableResult
    static func run(
        _ program: String,
        _ arguments: [String],
        in directory: String? = nil,
        standardInput: String? = nil,
        environment: [String: String] = [:]
    ) throws(LambdaLocalError) -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lambda-local-tool-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw LambdaLocalError("cannot create a temporary folder in \(FileManager.default.temporaryDirectory.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        let inputURL = scratch.appendingPathComponent("stdin")
        let command = ([program] + arguments).joined(separator: " ")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        do {
            try Data().write(to: outputURL)
            try Data().write(to: errorURL)
            try Data((standardInput ?? "").utf8).write(to: inputURL)
            process.standardOutput = try FileHandle(forWritingTo: outputURL)
            process.standardError = try FileHandle(forWritingTo: errorURL)
            process.standardInput = try FileHandle(forReadingFrom: inputURL)
            try process.run()
        } catch {
            throw LambdaLocalError("cannot run `\(command)`: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let output = String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
        let errors = String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // `env` exits with 127 when the program itself is missing.
            if process.terminationStatus == 127, errors.contains("No such file") {
                throw LambdaLocalError("`\(program)` is not installed (scripts/ensure-packages build installs what packaging needs)")
            }
            throw LambdaLocalError(
                "`\(command)` failed with exit status \(process.terminationStatus)" + (errors.isEmpty ? "" : ": \(errors)"))
        }
        return output
    }
}
