import AWSClient
import CoinVolatility
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

// What users read: pairs ranked by their standard deviation over the last 24 hours, and one pair.
await Lambda.run(initialize: { (initialization: InitializationContext) in
    let table = try FunctionSetting(environment: initialization.environment).string("METRICS_TABLE")
    let routes = MetricsRoutes(
        reader: MetricsReader(client: try DynamoDBClient(environment: initialization.environment), tableName: table))
    return ClosureHandler { (request: APIGatewayV2Request, context: LambdaContext) in
        await HTTPAPI.answer(request, context: context) { request, _ in try await routes.answer(request) }
    }
})
