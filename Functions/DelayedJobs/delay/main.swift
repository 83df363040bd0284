import AWSClient
import DelayedJobs
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

// POST|GET /dataspan/delay: accept a delayed job; GET /dataspan/jobs/{jobId}: its status.
await Lambda.run(initialize: { _ in
    let setting = FunctionSetting()
    let settings = DelayedJobSettings(
        maxActiveJobs: try setting.integer("MAX_ACTIVE_JOBS", default: DelayedJobSettings.defaultMaxActiveJobs, in: 1...1_000),
        maxDelaySeconds: try setting.integer("MAX_DELAY_SECONDS", default: DelayedJobSettings.defaultMaxDelaySeconds, in: 0...900),
        abandonAfterSeconds: try setting.integer(
            "ABANDON_AFTER_SECONDS", default: DelayedJobSettings.defaultAbandonAfterSeconds, in: 1...86_400))
    let ledger = JobLedger(dynamo: try DynamoDBClient(), tableName: try setting.string("JOBS_TABLE"))
    let dispatcher = JobDispatcher(
        ledger: ledger, events: try EventBridgeClient(), busName: try setting.string("JOB_EVENT_BUS"), settings: settings)
    let routes = DelayRoutes(dispatcher: dispatcher)
    return ClosureHandler { (request: APIGatewayV2Request, context: LambdaContext) in
        await HTTPAPI.answer(request, context: context) { request, context in try await routes.answer(request, context: context) }
    }
})
