import AWSClient
import CoinVolatility
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

// The samples table's stream: each sample entering or leaving a pair's last 24 hours updates the
// pair's mean and standard deviation in the metrics table. Failed pairs come back as batch item
// failures, so one pair's trouble never replays or loses another's samples.
await Lambda.run(initialize: { (initialization: InitializationContext) in
    let table = try FunctionSetting(environment: initialization.environment).string("METRICS_TABLE")
    let storage = MetricsTableStorage(client: try DynamoDBClient(environment: initialization.environment), tableName: table)
    let updater = WindowUpdater(storage: storage)
    return ClosureHandler { (event: DynamoDBStreamEvent, context: LambdaContext) -> PartialBatchResponse in
        let report = await updater.apply(event)
        for problem in report.problems {
            context.logger.warning("\(problem)")
        }
        let failures = report.response.batchItemFailures.count
        context.logger.info(
            "\(event.records.count) records: \(report.applied) applied, \(report.alreadyApplied) already applied, \(report.pairsWritten) pairs written, \(failures) pairs to retry")
        return report.response
    }
})
