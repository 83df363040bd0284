import ArgumentParser

/// The options of the commands that serve functions (`start-api`, `start-lambda`, `start`).
struct ServeOptions: ParsableArguments {
    @OptionGroup var template: TemplateOptions

    @OptionGroup var state: StateOptions

    @Option(help: "The address to listen on. Loopback unless you ask otherwise.")
    var host = "127.0.0.1"

    @Option(help: "The most instances of one function at once, for functions without ReservedConcurrentExecutions.")
    var maxConcurrency = 10

    @Option(help: "Run functions without a CapacityProviderConfig as Managed Instances functions: each instance takes this many invocations at once (AWS_LAMBDA_MAX_CONCURRENCY).")
    var maxConcurrencyPerInstance: Int?

    @Option(help: "Seconds an instance may stay unused before it is stopped.")
    var idleTimeout = 300

    @Option(help: "Seconds before the first retry of a failed asynchronous (Event) invocation; the second waits twice as long. Lambda waits about 60.")
    var asyncRetryDelay = 1.0

    @Option(name: [.customShort("n"), .customLong("env-vars")], help: "A JSON file of variables: {\"Parameters\": {...}, \"<LogicalId>\": {...}}.")
    var envVars: String?

    @Flag(help: "Use the built binaries as they are; do not run swift build.")
    var skipBuild = false

    @Option(name: [.short, .customLong("configuration")], help: "The Swift build configuration: debug or release.")
    var buildConfiguration = "debug"

    @Option(help: "A folder of built function executables (as `swift build --show-bin-path` prints); implies --skip-build.")
    var products: String?

    @Flag(help: "Do not fire the template's Schedule and ScheduleV2 events.")
    var noSchedules = false

    @Flag(help: "Rebuild when a function's sources change, and replace its instances without dropping requests in flight.")
    var watch = false

    @Option(help: "Seconds to let invocations in flight finish on Ctrl-C or SIGTERM.")
    var shutdownGrace = 10

    func validate() throws {
        guard ["debug", "release"].contains(buildConfiguration) else {
            throw ValidationError("--configuration must be debug or release, not \(buildConfiguration)")
        }
        guard maxConcurrency >= 1 else { throw ValidationError("--max-concurrency must be at least 1") }
        if let maxConcurrencyPerInstance, maxConcurrencyPerInstance < 1 {
            throw ValidationError("--max-concurrency-per-instance must be at least 1")
        }
        guard idleTimeout >= 1 else { throw ValidationError("--idle-timeout must be at least 1 second") }
        guard asyncRetryDelay >= 0 else { throw ValidationError("--async-retry-delay cannot be negative") }
    }
}
