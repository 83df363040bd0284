import Foundation

extension FunctionError {
    /// What the caller gets when the runtime's response (or error) is over the limit.
    static let responseSizeTooLarge = FunctionError(
        errorType: "Function.ResponseSizeTooLarge",
        message: "Response payload size exceeded maximum allowed payload size (\(RuntimeAPIServer.maxResponseSize) bytes).")

    /// The error Lambda itself reports when the runtime gave no answer.
    static func lambdaReported(_ reason: AbandonReason, requestID: String, timeout: Duration) -> FunctionError {
        switch reason {
        case .timedOut:
            return FunctionError(
                errorType: "Sandbox.Timedout",
                message: "RequestId: \(requestID) Error: Task timed out after \(LambdaLogLines.format(timeout.seconds)) seconds")
        case .processExited(let status):
            return FunctionError(
                errorType: "Runtime.ExitError",
                message: "RequestId: \(requestID) Error: Runtime exited with error: \(status)")
        case .shutDown:
            return FunctionError(
                errorType: "Runtime.Unknown",
                message: "RequestId: \(requestID) Error: the function instance was stopped")
        }
    }
}
