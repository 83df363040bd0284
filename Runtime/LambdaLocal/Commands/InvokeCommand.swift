import ArgumentParser
import Foundation
import LocalHTTP
import LocalLambda
import NIOCore
import SAMTemplate

/// `lambda-local invoke <LogicalId> [-e event.json]`: runs a function once, as Lambda would.
struct InvokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoke",
        abstract: "Invoke a function of the template once with an event, as AWS Lambda would.",
        discussion: """
            The function's response goes to standard output, and nothing else does. Its log lines and \
            Lambda's START, END and REPORT lines go to standard error.

            Exit status: 0 when the function answered, 1 when it reported an error, timed out, crashed \
            or failed its init, 2 when lambda-local could not run it (unknown function, bad event, \
            broken template).
            """)

    @Argument(help: "The function's logical ID in the template.")
    var logicalId: String

    @Option(name: [.short, .customLong("event")], help: "The event JSON file; '-' reads standard input. Without it the event is {}.")
    var event: String?

    @Option(help: "The tenant to invoke a function with tenant isolation (TenancyConfig) for; refused for any other function.")
    var tenantId: String?

    @OptionGroup var template: TemplateOptions

    @Option(name: [.customShort("n"), .customLong("env-vars")], help: "A JSON file of variables: {\"Parameters\": {...}, \"<LogicalId>\": {...}}.")
    var envVars: String?

    @OptionGroup var state: StateOptions

    @Flag(help: "Use the built binary as it is; do not run swift build.")
    var skipBuild = false

    @Option(name: [.short, .customLong("configuration")], help: "The Swift build configuration: debug or release.")
    var buildConfiguration = "debug"

    @Option(help: "A folder of built function executables (as `swift build --show-bin-path` prints); implies --skip-build.")
    var products: String?

    func run() async throws {
        let result: PoolInvocationResult
        do {
            result = try await invoke()
        } catch let error as LambdaLocalError {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
        switch result.outcome {
        case .response(let body):
            StandardOutput.write(Self.line(Array(body.readableBytesView)))
        case .failure(let error):
            StandardOutput.write(Self.line(Array(error.body.readableBytesView)))
            throw ExitCode(1)
        }
    }

    /// The bytes with a newline at the end, for a terminal; a response that ends with one keeps it.
    private static func line(_ bytes: [UInt8]) -> [UInt8] {
        bytes.last == UInt8(ascii: "\n") ? bytes : bytes + [UInt8(ascii: "\n")]
    }

    private func invoke() async throws -> PoolInvocationResult {
        let loaded = try template.load()
        guard let function = loaded.template.function(named: logicalId) else {
            let known = loaded.template.functions.keys.sorted().joined(separator: ", ")
            throw LambdaLocalError(
                "\(loaded.path) has no function named \(logicalId)" + (known.isEmpty ? " (it declares no functions)" : "; its functions are: \(known)"))
        }
        guard ["debug", "release"].contains(buildConfiguration) else {
            throw LambdaLocalError("--configuration must be debug or release, not \(buildConfiguration)")
        }
        let eventData = try EventInput(argument: event).read()
        // The local services run for the length of the invocation, on the same state as `start`, so
        // repeated invokes see each other's writes.
        let localServices = try await LocalServices(
            template: loaded.template, templateDirectory: loaded.directory, options: state, region: template.resolvedRegion)
        let services: HTTPServer
        do {
            services = try await HTTPServer.start(
                configuration: HTTPServerConfiguration(maxBodySize: LambdaPortResponder.maxBodySize),
                responder: localServices.responder)
        } catch {
            throw LambdaLocalError("cannot start the local AWS services: \(error)")
        }
        defer { Task { await services.shutdown() } }
        var launcher = FunctionLauncher(
            locator: FunctionLocator(templateDirectory: loaded.directory, configuration: buildConfiguration, skipBuild: skipBuild, productsDirectory: products),
            environment: FunctionEnvironment(region: template.resolvedRegion),
            overrides: try envVars.map { path throws(LambdaLocalError) in try EnvironmentFile.load(path: path) },
            maxConcurrency: 1,
            idleTimeout: .seconds(3_600))
        launcher.servicesEndpoint = "http://\(services.address)"
        var configuration = try launcher.poolConfiguration(for: function, logPrefix: "")
        configuration.maxConcurrency = 1
        if let refusal = configuration.tenantRefusal(tenantId) {
            throw LambdaLocalError("\(refusal.errorType): \(refusal.message)" + (tenantId == nil ? " Give one with --tenant-id." : ""))
        }
        let pool = FunctionPool(configuration: configuration, log: { StandardError.writeLine($0) })
        // Events the function puts on a bus, and the invocations they cause, are stored for
        // `lambda-local start` to deliver; a single invoke does not run other functions.
        _ = localServices.connect(
            registry: FunctionRegistry(pools: [function.logicalId: pool]), asyncPolicy: AsyncInvocationPolicy(),
            log: { StandardError.writeLine($0) })
        ShutdownSignals.install(processGroups: { pool.instancePIDs })
        let result = await pool.invoke(PoolInvocation(
            requestID: RequestID.random(), payload: ByteBuffer(bytes: eventData), tenantID: tenantId))
        await pool.shutdown(grace: .zero)
        return result
    }
}
