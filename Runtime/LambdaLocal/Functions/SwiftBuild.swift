import Foundation

/// Runs `swift build` for one product (or the whole package), with its output on lambda-local's
/// standard error.
struct SwiftBuild {
    let packageRoot: String
    let configuration: String
    /// More `swift build` arguments, such as `--static-swift-stdlib` or `--scratch-path`.
    var extraArguments: [String] = []

    func build(product: String?) throws(LambdaLocalError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "-c", configuration] + extraArguments + (product.map { ["--product", $0] } ?? [])
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        // The build's output is for the user, never for standard output, which carries only the
        // function's response.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw LambdaLocalError("cannot run `swift build` in \(packageRoot): \(error.localizedDescription)")
        }
        var transcript = ""
        var pending = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                transcript += line + "\n"
                // Lines as they come, so that a build waiting for another SwiftPM process says so;
                // the `[12/40] Compiling ...` progress lines are left out.
                if !line.hasPrefix("[") { StandardError.writeLine(line) }
            }
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if let product, transcript.contains("no product named") {
                throw LambdaLocalError(
                    "function \(product) has no executable bootstrap in its CodeUri and no executable product named \(product) in \(packageRoot)/Package.swift")
            }
            throw LambdaLocalError("`\(process.arguments?.joined(separator: " ") ?? "swift build")` failed with exit status \(process.terminationStatus)")
        }
    }
}
