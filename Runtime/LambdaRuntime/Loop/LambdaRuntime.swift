#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Logging

/// The Runtime API loop: init once, then take events, one at a time, for as long as the process lives.
///
/// Most functions call ``Lambda`` instead, which runs this loop and ends the process when it stops.
/// Use `LambdaRuntime` directly to run the loop where the process must not exit, as tests do.
/// ``runConcurrently(initialize:)`` serves several invocations at once on Managed Instances.
public struct LambdaRuntime: Sendable {
    /// The environment the runtime reads its settings from.
    public let environment: [String: String]
    /// The function's settings, from `environment`.
    public let function: FunctionConfiguration
    let logging: LogConfiguration

    /// Reads the settings from an environment (the process's own by default).
    ///
    /// - Parameter logOutput: where log lines go; standard error, which Lambda captures, by default.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logOutput: LogOutput = .standardError
    ) {
        self.environment = environment
        function = FunctionConfiguration(environment: environment)
        logging = LogConfiguration(environment: environment, function: function, output: logOutput)
    }

    /// Runs the init phase, then the loop.
    ///
    /// Invocations are served one at a time, even on Managed Instances (`AWS_LAMBDA_MAX_CONCURRENCY`
    /// above 1): the handler need not be `Sendable`. Use ``runConcurrently(initialize:)`` to serve
    /// several at once.
    ///
    /// - Parameter initialize: builds the handler. It runs before the first `/next`, so connections and
    ///   configuration it sets up are ready for every invocation. When it throws, the error is posted
    ///   to `/runtime/init/error` and this method throws ``LambdaRuntimeError/Code/initializationFailed``.
    /// - Throws: ``LambdaRuntimeError`` when the loop cannot go on; it never returns otherwise.
    public func run<Handler: ByteLambdaHandler>(
        initialize: (InitializationContext) async throws -> Handler
    ) async throws(LambdaRuntimeError) -> Never {
        let failure = await withTaskExecutorPreference(RuntimeLoopExecutor()) { () async -> LambdaRuntimeError in
            do throws(LambdaRuntimeError) {
                let started = try await start(initialize: initialize)
                if started.concurrency.invocations > 1 {
                    started.logger.warning(
                        "\(ConcurrencyLimit.variable) is \(started.concurrency.invocations), but this function serves one invocation at a time: run a Sendable handler with runConcurrently to serve them at once")
                }
                try await soleLoop(client: started.client, handler: started.handler).run()
            } catch {
                return error
            }
        }
        throw failure
    }

    /// Runs the loop with a handler that needs no init phase.
    public func run<Handler: ByteLambdaHandler>(handler: sending Handler) async throws(LambdaRuntimeError) -> Never {
        try await run(initialize: { _ in handler })
    }

    /// What the init phase leaves for the loops.
    struct Started<Handler> {
        let address: String
        /// The connection the init phase used (only to report its failure); a sole loop keeps it.
        let client: RuntimeAPIClient
        let handler: Handler
        let concurrency: ConcurrencyLimit
        /// The init phase's logger.
        let logger: Logger
    }

    /// Checks the environment, then runs the function's init phase, once. A failure of either is
    /// posted to `/runtime/init/error`, once, and ends the runtime.
    func start<Handler>(
        initialize: (InitializationContext) async throws -> Handler
    ) async throws(LambdaRuntimeError) -> Started<Handler> {
        guard let address = environment["AWS_LAMBDA_RUNTIME_API"], !address.isEmpty else {
            throw LambdaRuntimeError(
                .missingRuntimeAPIAddress,
                "AWS_LAMBDA_RUNTIME_API is not set: run this function with `lambda-local invoke` or on AWS Lambda")
        }
        let client = try RuntimeAPIClient(address: address)
        let initContext = InitializationContext(
            function: function, logger: logging.makeLogger(requestID: nil), environment: environment)
        let concurrency: ConcurrencyLimit
        let handler: Handler
        do {
            concurrency = try ConcurrencyLimit(environment: environment)
            handler = try await initialize(initContext)
        } catch {
            let report = ErrorReport(error)
            initContext.logger.critical("init failed: \(report.errorType): \(report.errorMessage)")
            _ = try client.reportInitError(report)
            throw LambdaRuntimeError(
                .initializationFailed, "init failed with \(report.errorType): \(report.errorMessage)")
        }
        return Started(address: address, client: client, handler: handler, concurrency: concurrency, logger: initContext.logger)
    }

    /// The loop of a process that serves one invocation at a time: no sibling to stop it, and the
    /// process environment is its own to describe the invocation in.
    func soleLoop<Handler: ByteLambdaHandler>(client: RuntimeAPIClient, handler: Handler) -> InvocationLoop<Handler> {
        InvocationLoop(
            client: client, handler: handler, function: function, logging: logging, setsTraceVariable: true, stop: nil)
    }
}
