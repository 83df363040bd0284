import AWSClient
import LambdaEvents
import LambdaRuntime

/// Runs an HTTP API function: each request goes to `route`, and whatever it throws becomes the
/// answer API Gateway would pass on.
///
/// - An ``APIProblem`` is the client's mistake: its status and `{"message"}`.
/// - An ``AWSError`` is a dependency failing: 503 when it is worth retrying (throttling, a
///   dropped connection), 502 otherwise, with the request id so it can be found in the logs.
/// - Anything else is a bug: 500 with the request id.
///
/// The function itself never fails the invocation for these, so API Gateway never turns them
/// into its own bare 502.
public enum HTTPAPI {
    /// Starts the runtime loop with `route` answering every request.
    public static func run(
        _ route: @escaping @Sendable (APIGatewayV2Request, LambdaContext) async throws -> APIGatewayV2Response
    ) async -> Never {
        await Lambda.run { (request: APIGatewayV2Request, context: LambdaContext) in
            await answer(request, context: context, route: route)
        }
    }

    /// The answer to one request; separate from ``run(_:)`` so that tests can call it directly.
    public static func answer(
        _ request: APIGatewayV2Request,
        context: LambdaContext,
        route: (APIGatewayV2Request, LambdaContext) async throws -> APIGatewayV2Response
    ) async -> APIGatewayV2Response {
        do {
            return try await route(request, context)
        } catch let problem as APIProblem {
            return APIReply.problem(problem)
        } catch let error as AWSError {
            context.logger.error("dependency failed: \(error)")
            let status = error.isRetryable ? 503 : 502
            return APIReply.message("a service this function depends on failed; try again", status: status, requestID: context.requestID)
        } catch {
            context.logger.error("request failed: \(error)")
            return APIReply.message("internal error", status: 500, requestID: context.requestID)
        }
    }
}
