import AWSClient
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime
import SupervisorQueue

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// On a schedule: pending requests older than REQUEST_TIMEOUT_SECONDS become NOT_PENDING / TIMEOUT.
await Lambda.run(initialize: { (initialization: InitializationContext) in
    let settings = FunctionSetting(environment: initialization.environment)
    let table = try settings.string("REQUESTS_TABLE")
    let timeoutSeconds = try settings.integer("REQUEST_TIMEOUT_SECONDS", default: 300, in: 1...2_592_000)
    let sweep = TimeoutSweep(
        store: SupervisorRequestStore(client: try DynamoDBClient(environment: initialization.environment), tableName: table))
    return ClosureHandler { (event: ScheduledEvent, context: LambdaContext) -> TimeoutSweep.Report in
        // The clock, not the event's time: a late or replayed schedule must not time out requests
        // that still have time left.
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let cutoff = now - Int64(timeoutSeconds) * 1000
        // Stop with time to spare before the invocation's deadline; the next run continues.
        let report = try await sweep.run(cutoff: cutoff, shouldContinue: { context.remainingTime > .seconds(3) })
        let rest = report.stoppedEarly ? ", the rest left for the next run" : ""
        context.logger.info("schedule \(event.id): \(report.timedOut) requests timed out, \(report.leftAlone) left alone\(rest)")
        return report
    }
})
