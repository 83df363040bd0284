import AWSClient
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime
import StreamLimits

// POST /stream/end: free one of the caller's stream slots.
await Lambda.run(initialize: { _ in
    let routes = EndRoutes(limiter: try StreamLimiter.fromEnvironment())
    return ClosureHandler { (request: APIGatewayV2Request, context: LambdaContext) in
        await HTTPAPI.answer(request, context: context) { request, _ in try await routes.answer(request) }
    }
})
