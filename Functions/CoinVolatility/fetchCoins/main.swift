import AWSClient
import CoinVolatility
import CurlHTTP
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

// Runs every minute (the template's schedule): fetches the prices and stores one sample per pair.
await Lambda.run(initialize: { (initialization: InitializationContext) in
    let settings = FunctionSetting(environment: initialization.environment)
    let tables = CoinTables(samples: try settings.string("SAMPLES_TABLE"), metrics: try settings.string("METRICS_TABLE"))
    let source = try MarketsSource(
        url: settings.string("COINS_API_URL", default: MarketsSource.defaultURL),
        apiKey: initialization.environment["COINS_API_KEY"].flatMap { $0.isEmpty ? nil : $0 },
        caBundlePath: CABundle.locate(environment: initialization.environment))
    let fetch = PriceFetch(
        source: source, writer: SampleWriter(client: try DynamoDBClient(environment: initialization.environment), tables: tables))
    return ClosureHandler { (event: ScheduledEvent, context: LambdaContext) in
        try await fetch.run(event, context: context)
    }
})
