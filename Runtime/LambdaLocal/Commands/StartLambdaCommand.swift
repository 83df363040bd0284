import ArgumentParser
import LocalLambda

/// `lambda-local start-lambda`: the Lambda Invoke API for the template's functions.
struct StartLambdaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start-lambda",
        abstract: "Serve the Lambda Invoke API for the template's functions (for the AWS CLI, boto3 and the SDKs).",
        discussion: """
            aws lambda invoke --endpoint-url http://127.0.0.1:3001 --function-name <LogicalId> out.json
            """)

    @Option(help: "The port of the Invoke API.")
    var port = 3001

    @OptionGroup var serve: ServeOptions

    func run() async throws {
        do {
            let emulator = try LocalEmulator(options: serve)
            try await emulator.serveInvokeAPI(port: port)
            await emulator.runUntilStopped()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
    }
}

extension LocalEmulator {
    /// Serves the Invoke API on the port.
    func serveInvokeAPI(port: Int) async throws(LambdaLocalError) {
        let responder = InvokeAPIResponder(
            registry: registry,
            asyncPolicy: AsyncInvocationPolicy(firstDelay: .milliseconds(Int(options.asyncRetryDelay * 1_000))),
            region: options.template.resolvedRegion,
            log: { StandardError.writeLine($0) })
        _ = try await serve("Lambda Invoke API", port: port, maxBodySize: InvokeAPIResponder.maxRequestSize, responder: responder)
    }
}
