import Foundation
import LocalLambda
import NIOCore

/// One cold invocation, as `lambda-local invoke` runs it: start an instance, wait for init, hand it
/// the event, report as Lambda reports, stop the instance.
struct SingleInvocation {
    /// What the caller gets back: exactly what Lambda's Invoke API would return.
    enum Result {
        /// The function's response.
        case success([UInt8])
        /// The error body (the function's own, or the one Lambda writes for a timeout or crash).
        case failure([UInt8])
    }

    let functionName: String
    let launch: LaunchConfiguration
    let memorySize: Int
    let timeout: Duration
    let invokedFunctionARN: String
    let log: @Sendable (String) -> Void

    func run(event: [UInt8]) async throws -> Result {
        let instance = try await FunctionInstance.start(launch, output: log)
        ShutdownSignals.track(instance.pid)
        defer { ShutdownSignals.untrack(instance.pid) }
        let requestID = UUID().uuidString.lowercased()

        let (initOutcome, initDuration) = await instance.waitForInit()
        switch initOutcome {
        case .ready:
            break
        case .failed(let error):
            await instance.stop()
            log(initReport(initDuration, status: "error", errorType: error.errorType))
            return .failure(Array(error.body.readableBytesView))
        case .abandoned(let reason):
            await instance.stop()
            let failure = lambdaError(for: reason, requestID: requestID, phase: "init")
            log(initReport(initDuration, status: reason == .timedOut ? "timeout" : "error", errorType: failure.errorType))
            return .failure(Array(failure.body.readableBytesView))
        }

        log(LambdaLogLines.start(requestID: requestID))
        let deadline = Int64(Date().timeIntervalSince1970 * 1_000) + Int64(timeout.milliseconds)
        let request = InvocationRequest(
            requestID: requestID,
            payload: ByteBuffer(bytes: event),
            deadlineMilliseconds: deadline,
            invokedFunctionARN: invokedFunctionARN)
        let record = await instance.invoke(request, timeout: timeout)
        if case .abandoned(.timedOut) = record.outcome {
            log(LambdaLogLines.timedOut(requestID: requestID, timeout: timeout))
        }
        // The process goes away after its one invocation; stopping it first also drains its last
        // output, so every line it wrote comes before END.
        await instance.stop()
        log(LambdaLogLines.end(requestID: requestID))
        log(LambdaLogLines.report(
            requestID: requestID,
            duration: record.duration,
            memorySize: memorySize,
            maxMemoryUsed: record.maxMemoryUsedMegabytes,
            initDuration: initDuration,
            status: status(of: record.outcome)))

        switch record.outcome {
        case .response(let body):
            return .success(Array(body.readableBytesView))
        case .error(let error):
            return .failure(Array(error.body.readableBytesView))
        case .abandoned(let reason):
            return .failure(Array(lambdaError(for: reason, requestID: requestID, phase: "invoke").body.readableBytesView))
        }
    }

    /// The error Lambda itself reports when nobody answered.
    private func lambdaError(for reason: AbandonReason, requestID: String, phase: String) -> FunctionError {
        switch reason {
        case .timedOut:
            let limit = phase == "init" ? Duration.seconds(10) : timeout
            return FunctionError(
                errorType: "Sandbox.Timedout",
                message: "RequestId: \(requestID) Error: Task timed out after \(String(format: "%.2f", limit.seconds)) seconds")
        case .processExited(let status):
            return FunctionError(
                errorType: "Runtime.ExitError",
                message: "RequestId: \(requestID) Error: Runtime exited with error: \(status)")
        case .shutDown:
            return FunctionError(errorType: "Runtime.Unknown", message: "RequestId: \(requestID) Error: the instance was stopped")
        }
    }

    private func status(of outcome: InvocationOutcome) -> String? {
        switch outcome {
        case .response, .error: return nil
        case .abandoned(.timedOut): return "timeout"
        case .abandoned: return "error"
        }
    }

    private func initReport(_ duration: Duration, status: String, errorType: String) -> String {
        "INIT_REPORT Init Duration: \(String(format: "%.2f", duration.milliseconds)) ms\tPhase: init\tStatus: \(status)\tError Type: \(errorType)"
    }
}
