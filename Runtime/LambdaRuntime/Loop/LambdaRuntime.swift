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
public struct LambdaRuntime: Sendable {
    /// The environment the runtime reads its settings from.
    public let environment: [String: String]
    /// The function's settings, from `environment`.
    public let function: FunctionConfiguration
    private let logFormat: LogFormat
    private let logLevel: Logger.Level

    /// Reads the settings from an environment (the process's own by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        function = FunctionConfiguration(environment: environment)
        logFormat = LogFormat(environment: environment)
        logLevel = Logger.Level(lambdaEnvironment: environment)
    }

    /// Runs the init phase, then the loop.
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
                try await loop(initialize: initialize)
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

    private func loop<Handler: ByteLambdaHandler>(
        initialize: (InitializationContext) async throws -> Handler
    ) async throws(LambdaRuntimeError) -> Never {
        guard let address = environment["AWS_LAMBDA_RUNTIME_API"], !address.isEmpty else {
            throw LambdaRuntimeError(
                .missingRuntimeAPIAddress,
                "AWS_LAMBDA_RUNTIME_API is not set: run this function with `lambda-local invoke` or on AWS Lambda")
        }
        let client = try RuntimeAPIClient(address: address)
        let initContext = InitializationContext(
            function: function, logger: makeLogger(requestID: nil), environment: environment)
        let handler: Handler
        do {
            handler = try await initialize(initContext)
        } catch {
            let report = ErrorReport(error)
            initContext.logger.critical("init failed: \(report.errorType): \(report.errorMessage)")
            _ = try client.reportInitError(report)
            throw LambdaRuntimeError(
                .initializationFailed, "init failed with \(report.errorType): \(report.errorMessage)")
        }
        while true {
            try await serveNext(client: client, handler: handler)
        }
    }

    /// Waits for one event, runs the handler on it and posts the outcome.
    private func serveNext<Handler: ByteLambdaHandler>(
        client: RuntimeAPIClient,
        handler: Handler
    ) async throws(LambdaRuntimeError) {
        let response = try client.next()
        let invocation: Invocation
        do {
            invocation = try Invocation(response: response)
        } catch {
            switch error {
            case .missingRequestID:
                throw LambdaRuntimeError(
                    .missingRequestID, "the Runtime API sent an event without a Lambda-Runtime-Aws-Request-Id header")
            case .invalid(let requestID, let message):
                _ = try client.reportError(
                    requestID: requestID, ErrorReport(errorMessage: message, errorType: "Runtime.InvalidInvocation"))
                return
            }
        }
        // The X-Ray SDKs read the trace header from the environment; it must describe this invocation
        // only, so a missing one clears the previous value.
        if let traceID = invocation.traceID {
            setenv("_X_AMZN_TRACE_ID", traceID, 1)
        } else {
            unsetenv("_X_AMZN_TRACE_ID")
        }
        let context = LambdaContext(
            requestID: invocation.requestID,
            deadlineMilliseconds: invocation.deadlineMilliseconds,
            invokedFunctionARN: invocation.invokedFunctionARN,
            traceID: invocation.traceID,
            clientContext: invocation.clientContext,
            cognitoIdentity: invocation.cognitoIdentity,
            tenantID: invocation.tenantID,
            function: function,
            logger: makeLogger(requestID: invocation.requestID)
        )
        do {
            let output = try await handler.handle(invocation.payload, context: context)
            switch try client.respond(requestID: invocation.requestID, body: output) {
            case .accepted:
                break
            case .tooLarge:
                let report = ErrorReport(
                    errorMessage: "Response payload size (\(output.count) bytes) exceeded maximum allowed payload size (6291556 bytes).",
                    errorType: "Function.ResponseSizeTooLarge")
                context.logger.error("\(report.errorType): \(report.errorMessage)")
                _ = try client.reportError(requestID: invocation.requestID, report)
            case .rejected(let status, let body):
                context.logger.warning("the Runtime API refused the response (HTTP \(status)): \(body)")
            }
        } catch let error as LambdaRuntimeError {
            throw error
        } catch {
            let report = ErrorReport(error)
            context.logger.error("\(report.errorType): \(report.errorMessage)")
            if case .rejected(let status, let body) = try client.reportError(requestID: invocation.requestID, report) {
                context.logger.warning("the Runtime API refused the error report (HTTP \(status)): \(body)")
            }
        }
    }

    private func makeLogger(requestID: String?) -> Logger {
        let format = logFormat
        let level = logLevel
        var logger = Logger(label: function.name.isEmpty ? "lambda" : function.name) { _ in
            LambdaLogHandler(format: format, level: level, requestID: requestID)
        }
        logger.logLevel = level
        return logger
    }
}
