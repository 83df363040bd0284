import ArgumentParser
import Foundation
import LocalLambda
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

    @OptionGroup var template: TemplateOptions

    @Option(name: [.customShort("n"), .customLong("env-vars")], help: "A JSON file of variables: {\"Parameters\": {...}, \"<LogicalId>\": {...}}.")
    var envVars: String?

    @Flag(help: "Use the built binary as it is; do not run swift build.")
    var skipBuild = false

    @Option(name: [.short, .customLong("configuration")], help: "The Swift build configuration: debug or release.")
    var buildConfiguration = "debug"

    func run() async throws {
        let result: SingleInvocation.Result
        do {
            result = try await invoke()
        } catch let error as LambdaLocalError {
            StandardError.writeLine("lambda-local: error: \(error.message)")
            throw ExitCode(2)
        }
        switch result {
        case .success(let body):
            StandardOutput.write(body + (body.last == UInt8(ascii: "\n") ? [] : [UInt8(ascii: "\n")]))
        case .failure(let body):
            StandardOutput.write(body + (body.last == UInt8(ascii: "\n") ? [] : [UInt8(ascii: "\n")]))
            throw ExitCode(1)
        }
    }

    private func invoke() async throws -> SingleInvocation.Result {
        ShutdownSignals.install()
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
        let overrides = try envVars.map { path throws(LambdaLocalError) in try EnvironmentFile.load(path: path) }
        let locator = FunctionLocator(
            templateDirectory: loaded.directory, configuration: buildConfiguration, skipBuild: skipBuild)
        let binary = try locator.locate(function)
        let environment = FunctionEnvironment(region: template.resolvedRegion)
        let invocation = SingleInvocation(
            functionName: function.name,
            launch: LaunchConfiguration(
                executable: binary.executable,
                environment: environment.variables(for: function, binary: binary, overrides: overrides),
                workingDirectory: binary.taskRoot),
            memorySize: function.memorySize,
            timeout: .seconds(function.timeout),
            invokedFunctionARN: environment.arn(of: function),
            log: { StandardError.writeLine($0) })
        do {
            return try await invocation.run(event: Array(eventData))
        } catch let error as SpawnError {
            throw LambdaLocalError("function \(logicalId): \(error)")
        }
    }
}
