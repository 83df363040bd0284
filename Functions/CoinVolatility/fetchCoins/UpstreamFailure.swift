import LambdaRuntime

/// The prices could not be fetched or read; nothing was stored. Reported as the invocation's
/// error, so that it shows in the function's error metrics and the schedule's retries apply.
struct UpstreamFailure: Error, CustomStringConvertible, LambdaErrorReportable {
    var problem: String

    init(_ problem: String) {
        self.problem = problem
    }

    var errorType: String { "UpstreamFailure" }
    var description: String { problem }
}
