import ArgumentParser
import LocalLambda

/// `lambda-local start-lambda`: the Lambda Invoke API for the template's functions.
struct StartLambdaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start-lambda",
        abstract: "Serve the Lambda Invoke API and the local AWS services for the template's functions.",
        discussion: """
            aws lambda invoke --endpoint-url http://127.0.0.1:3001 --function-name <LogicalId> out.json
            """)

    @Option(help: "The port of the Invoke API.")
    var port = 3001

    @OptionGroup var serve: ServeOptions

    func run() async throws {
        do {
            let emulator = try await LocalEmulator(options: serve, lambdaPort: port)
            await emulator.runUntilStopped()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
    }
}
