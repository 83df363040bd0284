import Foundation
import LocalLambda

/// Fires a template schedule while lambda-local runs: each time it falls due, the scheduled
/// event goes to the asynchronous-invocation queue, so a failed run is retried as Lambda retries
/// an asynchronous invocation. Fires missed while lambda-local was not running are not made up,
/// as EventBridge does not make up a disabled rule's.
struct ScheduleRunner: Sendable {
    let schedule: TemplateSchedule
    let queue: AsyncInvocationQueue
    let log: @Sendable (String) -> Void

    func run() async {
        var after = Date()
        while !Task.isCancelled, let next = schedule.expression.nextFire(after: after) {
            let wait = next.timeIntervalSinceNow
            if wait > 0 { try? await Task.sleep(for: .milliseconds(Int(wait * 1_000))) }
            guard !Task.isCancelled else { return }
            let request = AsyncInvocationRequest(
                functionName: schedule.functionLogicalId, payload: schedule.delivery.payload(firedAt: next),
                origin: "schedule \(schedule.name)")
            do {
                try await queue.enqueue([request])
            } catch {
                log("lambda-local: schedule \(schedule.name): the event could not be queued: \(error)")
            }
            after = next
        }
    }
}
