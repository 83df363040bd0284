import Foundation

/// A Python helper from this folder, run as its own process: it prints the port it listens on,
/// then serves until its standard input closes. The test process holds that pipe, so the helper
/// ends when the tests do, even if they crash.
final class PythonServer: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let supportDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

    let port: Int
    private let process = Process()
    private let input = Pipe()

    /// Starts `script` with `arguments` and waits for its port. This blocks the calling thread for
    /// the helper's start-up, which never needs the test's own threads.
    init(script: String, arguments: [String] = []) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "\(Self.supportDirectory)/\(script)"] + arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw Failure(description: "\(script) exited before it listened (is its Python package installed?)")
            }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(text) else { throw Failure(description: "\(script) printed \(text), not a port") }
        self.port = port
    }

    /// `http://127.0.0.1:<port>`.
    var url: String { "http://127.0.0.1:\(port)" }

    /// Closes the helper's input, which ends it, and waits for it to exit.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
