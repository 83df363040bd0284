import Foundation
import LocalHTTP
import LocalLambda
import NIOCore
import SAMTemplate
import Synchronization

/// Everything `lambda-local start*` runs: the template's functions in warm pools, the servers in
/// front of them, the source watcher, and the orderly stop.
final class LocalEmulator: Sendable {
    let template: SAMTemplate
    let registry: FunctionRegistry
    let options: ServeOptions
    private let locator: FunctionLocator
    private let packageRoot: String?
    private let servers = ServerList()

    /// Loads the template, builds the Swift functions once, and creates a pool per function.
    init(options: ServeOptions) throws(LambdaLocalError) {
        self.options = options
        let loaded = try options.template.load()
        template = loaded.template
        guard !template.functions.isEmpty else {
            throw LambdaLocalError("\(loaded.path) declares no functions")
        }
        locator = FunctionLocator(
            templateDirectory: loaded.directory, configuration: options.buildConfiguration, skipBuild: options.skipBuild)
        packageRoot = FunctionLocator.packageRoot(startingAt: loaded.directory)
        let functions = template.functions.values.sorted { $0.logicalId < $1.logicalId }
        try locator.buildAll(functions)
        let launcher = FunctionLauncher(
            locator: FunctionLocator(templateDirectory: loaded.directory, configuration: options.buildConfiguration, skipBuild: true),
            environment: FunctionEnvironment(region: options.template.resolvedRegion),
            overrides: try options.envVars.map { path throws(LambdaLocalError) in try EnvironmentFile.load(path: path) },
            maxConcurrency: options.maxConcurrency,
            idleTimeout: .seconds(options.idleTimeout))
        let width = functions.map(\.logicalId.count).max() ?? 0
        var pools: [String: FunctionPool] = [:]
        for function in functions {
            let prefix = function.logicalId.padding(toLength: width, withPad: " ", startingAt: 0) + " | "
            let configuration = try launcher.poolConfiguration(for: function, logPrefix: prefix)
            pools[function.logicalId] = FunctionPool(configuration: configuration, log: { StandardError.writeLine($0) })
        }
        registry = FunctionRegistry(pools: pools)
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
        if options.watch {
            await watchSources()
        }
        while true {
            try? await Task.sleep(for: .seconds(3_600))
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
