import DelayedJobs
import LambdaEvents
import LambdaRuntime

/// Takes the job id from a `JobRequested` event and runs the job.
///
/// An event without a usable job id can never succeed, so it is logged and answered rather than
/// failed: failing would only have it retried. A DynamoDB failure does fail the invocation, so
/// that Lambda retries the event; the retry finds the job as the failure left it.
struct JobEventHandler: Sendable {
    let runner: JobRunner

    func handle(_ event: EventBridgeEvent<JSONValue>, context: LambdaContext) async throws -> JobRunResult {
        guard let jobId = event.detail["jobId"]?.stringValue, !jobId.isEmpty else {
            context.logger.error("event \(event.id) (\(event.source) / \(event.detailType)) has no detail.jobId; ignored")
            return JobRunResult(jobId: "", status: nil, changed: false, note: "the event's detail has no jobId")
        }
        let result = try await runner.run(jobId: jobId, deadline: context.deadlineMilliseconds)
        let status = result.status?.rawValue ?? "unknown"
        if result.changed {
            context.logger.info("job \(jobId) is \(status)")
        } else {
            context.logger.warning("job \(jobId) left as it was (\(status)): \(result.note ?? "")")
        }
        return result
    }
}
