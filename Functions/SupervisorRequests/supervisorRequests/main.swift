import AWSClient
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime
import SupervisorQueue

// A store's supervisor requests: create, list by status, read, answer or close, delete.
await Lambda.run(initialize: { (initialization: InitializationContext) in
    let table = try FunctionSetting(environment: initialization.environment).string("REQUESTS_TABLE")
    let routes = RequestRoutes(
        store: SupervisorRequestStore(client: try DynamoDBClient(environment: initialization.environment), tableName: table))
    return ClosureHandler { (request: APIGatewayV2Request, context: LambdaContext) in
        await HTTPAPI.answer(request, context: context) { request, _ in try await routes.answer(request) }
    }
})
