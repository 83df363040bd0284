import Foundation
import LocalDynamoDB
import LocalHTTP
import LocalLambda
import NIOCore
import SAMTemplate
import Synchronization

/// Everything `lambda-local start*` runs: the local AWS services on their state, the template's
/// functions in warm pools, the servers in front of them, the source watcher, and the orderly stop.
final class LocalEmulator: Sendable {
    let template: SAMTemplate
    let registry: FunctionRegistry
    let options: ServeOptions
    let store: DynamoDBStore
    let services: LocalServices
    /// Asynchronous invocations: the Invoke API's `Event` type, EventBridge rules and schedules.
    let asyncQueue: AsyncInvocationQueue
    /// The template's schedules, checked before anything starts.
    private let schedules: [TemplateSchedule]
    /// The Lambda port's server: the Invoke API and the services functions call.
    let lambdaServer: HTTPServer
    private let locator: FunctionLocator
    private let packageRoot: String?
    private let servers = ServerList()

    /// Loads the template, builds the Swift functions once, opens the state and creates the
    /// template's tables, starts the Lambda port (on `lambdaPort`, or an ephemeral one when only the
    /// services are needed), and creates a pool per function that knows where the services are.
    init(options: ServeOptions, lambdaPort: Int?) async throws(LambdaLocalError) {
        self.options = options
        let loaded = try options.template.load()
        template = loaded.template
        guard !template.functions.isEmpty else {
            throw LambdaLocalError("\(loaded.path) declares no functions")
        }
        locator = FunctionLocator(
            templateDirectory: loaded.directory, configuration: options.buildConfiguration, skipBuild: options.skipBuild,
            productsDirectory: options.products)
        packageRoot = FunctionLocator.packageRoot(startingAt: loaded.directory)
        let functions = template.functions.values.sorted { $0.logicalId < $1.logicalId }
        try locator.buildAll(functions)

        let region = options.template.resolvedRegion
        services = try await LocalServices(
            template: template, templateDirectory: loaded.directory, options: options.state, region: region)
        store = services.store
        schedules = try TemplateSchedule.all(in: template, account: store.accountID, region: region)
        let responder = services.responder
        do {
            lambdaServer = try await HTTPServer.start(
                configuration: HTTPServerConfiguration(
                    host: lambdaPort == nil ? "127.0.0.1" : options.host, port: lambdaPort ?? 0,
                    maxBodySize: LambdaPortResponder.maxBodySize),
                responder: responder)
        } catch {
            throw LambdaLocalError("cannot listen on \(options.host):\(lambdaPort ?? 0): \(error)")
        }
        servers.append(lambdaServer)
        StandardError.writeLine(
            "lambda-local: \(lambdaPort == nil ? "AWS services" : "Lambda Invoke API") on http://\(lambdaServer.address)")
        if lambdaPort != nil, let first = functions.first {
            // The names the Invoke API takes, and a call to copy.
            StandardError.writeLine("lambda-local:   functions: \(functions.map(\.logicalId).joined(separator: " "))")
            StandardError.writeLine(
                "lambda-local:   aws lambda invoke --endpoint-url http://\(lambdaServer.address) --function-name \(first.logicalId) response.json")
        }

        var launcher = FunctionLauncher(
            locator: FunctionLocator(
                templateDirectory: loaded.directory, configuration: options.buildConfiguration, skipBuild: true,
                productsDirectory: options.products),
            environment: FunctionEnvironment(region: region),
            overrides: try options.envVars.map { path throws(LambdaLocalError) in try EnvironmentFile.load(path: path) },
            maxConcurrency: options.maxConcurrency,
            idleTimeout: .seconds(options.idleTimeout))
        launcher.servicesEndpoint = "http://\(lambdaServer.address)"
        launcher.maxConcurrencyPerInstance = options.maxConcurrencyPerInstance
        let width = functions.map(\.logicalId.count).max() ?? 0
        var pools: [String: FunctionPool] = [:]
        for function in functions {
            let prefix = function.logicalId.padding(toLength: width, withPad: " ", startingAt: 0) + " | "
            let configuration = try launcher.poolConfiguration(for: function, logPrefix: prefix)
            pools[function.logicalId] = FunctionPool(configuration: configuration, log: { StandardError.writeLine($0) })
        }
        registry = FunctionRegistry(pools: pools)
        asyncQueue = services.connect(
            registry: registry,
            asyncPolicy: AsyncInvocationPolicy(firstDelay: .milliseconds(Int(options.asyncRetryDelay * 1_000))),
            log: { StandardError.writeLine($0) })
    }

    /// Starts an HTTP server and keeps it for the orderly stop.
    func serve(_ name: String, port: Int, maxBodySize: Int, responder: some HTTPResponder) async throws(LambdaLocalError) -> HTTPServer {
        do {
            let server = try await HTTPServer.start(
                configuration: HTTPServerConfiguration(host: options.host, port: port, maxBodySize: maxBodySize),
                responder: responder)
            servers.append(server)
            StandardError.writeLine("lambda-local: \(name) on http://\(server.address)")
            return server
        } catch {
            throw LambdaLocalError("cannot listen on \(options.host):\(port) for \(name): \(error)")
        }
    }

    /// Runs until a signal stops it: installs the orderly stop and, with `--watch`, the rebuild loop.
    func runUntilStopped() async -> Never {
        let registry = self.registry
        let servers = self.servers
        let grace = Duration.seconds(options.shutdownGrace)
        ShutdownSignals.install(
            processGroups: { registry.pools.values.flatMap(\.instancePIDs) },
            graceful: {
                // Stop taking requests, let those in progress be answered, then stop the instances.
                await withTaskGroup(of: Void.self) { group in
                    for server in servers.all { group.addTask { await server.shutdown(grace: grace) } }
                }
                await registry.shutdownAll(grace: .seconds(1))
                StandardError.writeLine("lambda-local: stopped")
            })
        sweepExpiredItems()
        startStreamEventSources()
        let asyncQueue = self.asyncQueue
        Task.detached { await asyncQueue.run() }
        for rule in services.routing.rules {
            StandardError.writeLine("lambda-local: rule \(rule.name) on bus \(rule.busName) -> \(rule.targetFunction)")
        }
        startSchedules()
        if options.watch {
            await watchSources()
        }
        while true {
            try? await Task.sleep(for: .seconds(3_600))
        }
    }
    /// Deletes items whose time to live has passed, every few seconds, as DynamoDB's background
    /// process does (it takes up to a few days; locally it is prompt). Each deletion reaches the
    /// table's stream as a deletion by the service.
    private func sweepExpiredItems() {
        let store = self.store
        Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(5))
                _ = try? await store.sweepExpiredItems()
            }
        }
    }

    /// Delivers each table stream the template wires to a function.
    private func startStreamEventSources() {
        for source in StreamEventSource.all(in: template) {
            guard let pool = registry.pool(named: source.functionLogicalId) else { continue }
            let poller = StreamPoller(source: source, pool: pool, store: store, log: { StandardError.writeLine($0) })
            StandardError.writeLine("lambda-local: stream of \(source.tableName) -> \(source.functionLogicalId)")
            Task.detached { await poller.run() }
        }
    }

    /// Fires the template's schedules, unless `--no-schedules`.
    private func startSchedules() {
        guard !options.noSchedules else { return }
        for schedule in schedules {
            StandardError.writeLine("lambda-local: schedule \(schedule.name) (\(schedule.expression.text)) -> \(schedule.functionLogicalId)")
            let runner = ScheduleRunner(schedule: schedule, queue: asyncQueue, log: { StandardError.writeLine($0) })
            Task.detached { await runner.run() }
        }
    }

    /// Rebuilds after each change to the sources and replaces the instances of every function; a
    /// failed build leaves the running instances serving.
    private func watchSources() async {
        var roots: [String] = []
        if let packageRoot {
            roots += ["\(packageRoot)/Package.swift", "\(packageRoot)/Functions", "\(packageRoot)/Runtime"]
        }
        let templateDirectory = locator.templateDirectory
        for function in template.functions.values {
            let code = absolute(function.codeUri ?? ".", relativeTo: templateDirectory)
            if code != packageRoot { roots.append(code) }
        }
        StandardError.writeLine("lambda-local: watching \(roots.count) source locations for changes")
        let watcher = SourceWatcher(roots: roots)
        let locator = self.locator
        let functions = Array(template.functions.values)
        let registry = self.registry
        await watcher.run {
            StandardError.writeLine("lambda-local: sources changed, rebuilding")
            let failure = await OffLoop.run { () -> LambdaLocalError? in
                do throws(LambdaLocalError) {
                    try locator.buildAll(functions)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure {
                StandardError.writeLine("lambda-local: error: \(failure.message); the running instances keep serving")
                return
            }
            await registry.recycleAll()
            StandardError.writeLine("lambda-local: new instances will run the new build")
        }
    }
}

/// The servers started so far.
final class ServerList: Sendable {
    private let servers = Mutex<[HTTPServer]>([])

    func append(_ server: HTTPServer) {
        servers.withLock { $0.append(server) }
    }

    var all: [HTTPServer] { servers.withLock { $0 } }
}
