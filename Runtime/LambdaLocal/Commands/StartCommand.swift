import ArgumentParser

/// `lambda-local start`: everything the template declares, in one process.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Serve the template's API routes and the Lambda Invoke API together.")

    @Option(help: "The port of the API routes.")
    var port = 3000

    @Option(help: "The port of the Lambda Invoke API.")
    var lambdaPort = 3001

    @OptionGroup var serve: ServeOptions

    func run() async throws {
        do {
            let emulator = try await LocalEmulator(options: serve, lambdaPort: lambdaPort)
            if try emulator.hasAPIRoutes() {
                try await emulator.serveAPIs(port: port)
            } else {
                StandardError.writeLine("lambda-local: the template declares no API routes; only the Invoke API is served")
            }
            await emulator.runUntilStopped()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
    }
}
