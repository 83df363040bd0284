import ArgumentParser
import LocalAPIGateway

/// `lambda-local start-api`: the template's API Gateway routes, served locally.
struct StartAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start-api",
        abstract: "Serve the template's Api and HttpApi routes locally, as API Gateway would.",
        discussion: "curl http://127.0.0.1:3000/<path>")

    @Option(help: "The port of the API.")
    var port = 3000

    @OptionGroup var serve: ServeOptions

    func run() async throws {
        do {
            // The functions' AWS services listen on a port of their own choosing.
            let emulator = try await LocalEmulator(options: serve, lambdaPort: nil)
            try await emulator.serveAPIs(port: port)
            await emulator.runUntilStopped()
        } catch {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
    }
}

extension LocalEmulator {
    /// Whether the template has any API route.
    func hasAPIRoutes() throws(LambdaLocalError) -> Bool {
        do {
            return try !LocalAPIs(template: template).routes.isEmpty
        } catch {
            throw LambdaLocalError("\(error)")
        }
    }

    /// Serves every API route of the template on the port, and lists them.
    func serveAPIs(port: Int) async throws(LambdaLocalError) {
        let apis: LocalAPIs
        do {
            apis = try LocalAPIs(template: template)
        } catch {
            throw LambdaLocalError("\(error)")
        }
        for warning in apis.warnings {
            StandardError.writeLine("lambda-local: warning: \(warning)")
        }
        guard !apis.routes.isEmpty else {
            throw LambdaLocalError("the template declares no Api or HttpApi events: there is nothing to serve (start-lambda serves functions without routes)")
        }
        let responder = APIGatewayResponder(apis: apis, registry: registry, log: { StandardError.writeLine($0) })
        // The server reads bodies up to API Gateway's limit; the gateway refuses larger ones itself.
        let server = try await serve("API Gateway", port: port, maxBodySize: LocalAPIs.maximumBodySize, responder: responder)
        for line in RouteListing.lines(for: apis.routes, base: "http://\(server.address)") {
            StandardError.writeLine("lambda-local:   " + line)
        }
    }
}
