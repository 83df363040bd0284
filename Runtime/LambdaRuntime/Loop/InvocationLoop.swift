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
import CurlHTTP
import Logging

/// One `/next` loop over its own connection: take an event, run the handler, post the outcome, and
/// again. A process runs one, or on Managed Instances one per concurrent invocation.
struct InvocationLoop<Handler: ByteLambdaHandler> {
    let client: RuntimeAPIClient
    let handler: Handler
    let function: FunctionConfiguration
    let logging: LogConfiguration
    /// Whether this is the process's only loop, and so may describe its invocation in the process
    /// environment (`_X_AMZN_TRACE_ID`). Concurrent loops may not: one variable cannot describe
    /// several invocations, and setting it while other threads read the environment is unsafe.
    let setsTraceVariable: Bool
    /// Set when a sibling loop failed; `nil` for a process's only loop.
    let stop: StopSignal?

    /// Serves events until the Runtime API or the process says to stop.
    func run() async throws(LambdaRuntimeError) -> Never {
        while true {
            if let stop, stop.isSet {
                throw LambdaRuntimeError(.cancelled, "another invocation loop of this process stopped")
            }
            try await serveNext()
        }
    }

    /// Waits for one event, runs the handler on it and posts the outcome.
    private func serveNext() async throws(LambdaRuntimeError) {
        let response: CurlResponse
        if let stop {
            response = try client.next(shouldStop: { stop.isSet })
        } else {
            response = try client.next()
        }
        let invocation: Invocation
        do {
            invocation = try Invocation(response: response)
        } catch {
            switch error {
            case .missingRequestID:
                throw LambdaRuntimeError(
                    .missingRequestID, "the Runtime API sent an event without a Lambda-Runtime-Aws-Request-Id header")
            case .invalid(let requestID, let invocationID, let message):
                let outcome = try client.reportError(
                    requestID: requestID, invocationID: invocationID,
                    ErrorReport(errorMessage: message, errorType: "Runtime.InvalidInvocation"))
                note(outcome, of: "error report", logger: logging.makeLogger(requestID: requestID))
                return
            }
        }
        if setsTraceVariable {
            // The X-Ray SDKs read the trace header from the environment; it must describe this
            // invocation only, so a missing one clears the previous value.
            if let traceID = invocation.traceID {
                setenv("_X_AMZN_TRACE_ID", traceID, 1)
            } else {
                unsetenv("_X_AMZN_TRACE_ID")
            }
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
            logger: logging.makeLogger(requestID: invocation.requestID)
        )
        if case .unusable(let id) = invocation.invocationID {
            context.logger.warning(
                "the Runtime API sent a \(RuntimeAPIHeader.invocationID) that cannot be sent back as a header (\(id.debugDescription)): the answer goes without it")
        }
        do {
            let output = try await handler.handle(invocation.payload, context: context)
            let outcome = try client.respond(
                requestID: invocation.requestID, invocationID: invocation.invocationID, body: output)
            if case .tooLarge = outcome {
                let report = ErrorReport(
                    errorMessage: "Response payload size (\(output.count) bytes) exceeded maximum allowed payload size (6291556 bytes).",
                    errorType: "Function.ResponseSizeTooLarge")
                context.logger.error("\(report.errorType): \(report.errorMessage)")
                let reported = try client.reportError(
                    requestID: invocation.requestID, invocationID: invocation.invocationID, report)
                note(reported, of: "error report", logger: context.logger)
            } else {
                note(outcome, of: "response", logger: context.logger)
            }
        } catch let error as LambdaRuntimeError {
            throw error
        } catch {
            let report = ErrorReport(error)
            context.logger.error("\(report.errorType): \(report.errorMessage)")
            let outcome = try client.reportError(
                requestID: invocation.requestID, invocationID: invocation.invocationID, report)
            note(outcome, of: "error report", logger: context.logger)
        }
    }

    /// Logs an answer the Runtime API did not take. None of these end the loop: the invocation is
    /// over either way, and the next event is unaffected.
    private func note(_ outcome: RuntimeAPIClient.PostOutcome, of answer: String, logger: Logger) {
        switch outcome {
        case .accepted:
            break
        case .invocationTimedOut(let body):
            logger.warning(
                "the invocation had timed out before its \(answer) was sent, and the Runtime API refused it as stale (HTTP 410): \(body)")
        case .tooLarge:
            logger.warning("the Runtime API refused the \(answer) as too large (HTTP 413)")
        case .rejected(let status, let body):
            logger.warning("the Runtime API refused the \(answer) (HTTP \(status)): \(body)")
        }
    }
}
