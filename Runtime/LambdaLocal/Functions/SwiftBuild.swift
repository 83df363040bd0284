import Foundation

/// Runs `swift build` for one product, with its output on lambda-local's standard error.
struct SwiftBuild {
    let packageRoot: String
    let configuration: String

    func build(product: String) throws(LambdaLocalError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--product", product, "-c", configuration]
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        // The build's own output is for the user, never for standard output, which carries only the
        // function's response.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw LambdaLocalError("cannot run `swift build` in \(packageRoot): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            if text.contains("no product named") {
                throw LambdaLocalError(
                    "function \(product) has no executable bootstrap in its CodeUri and no executable product named \(product) in \(packageRoot)/Package.swift")
            }
            StandardError.write(text, to: 2)
            throw LambdaLocalError("`swift build --product \(product)` failed with exit status \(process.terminationStatus)")
        }
        // Progress lines are noise on a successful build; warnings are worth seeing.
        for line in text.split(separator: "\n") where line.contains("warning:") {
            StandardError.writeLine(String(line))
        }
    }
}
