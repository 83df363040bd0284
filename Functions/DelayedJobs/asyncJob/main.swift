import AWSClient
import DelayedJobs
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

// The target of the JobRequested rule: waits out a job's delay, then completes it and frees its slot.
await Lambda.run(initialize: { _ in
    let runner = JobRunner(ledger: JobLedger(dynamo: try DynamoDBClient(), tableName: try FunctionSetting().string("JOBS_TABLE")))
    return ClosureHandler { (event: EventBridgeEvent<JSONValue>, context: LambdaContext) in
        try await JobEventHandler(runner: runner).handle(event, context: context)
    }
})
