import DelayedJobs
import HTTPFunctionKit
import LambdaEvents
import LambdaRuntime

/// The routes of the delay function.
///
/// - `POST /dataspan/delay {"delaySeconds": n}` and `GET /dataspan/delay?delaySeconds=n`: 202
///   `{"jobId", "status": "ACTIVE"}`; 429 when the caller has the most active jobs allowed; 400
///   for a delay that is missing, not a whole number of seconds, negative or longer than the job
///   function can wait.
/// - `GET /dataspan/jobs/{jobId}`: the job's status and timestamps; 404 for an unknown job, or
///   another user's when the route has an authorizer.
struct DelayRoutes: Sendable {
    let dispatcher: JobDispatcher

    func answer(_ request: APIGatewayV2Request, context: LambdaContext) async throws -> APIGatewayV2Response {
        let route = Self.route(of: request)
        switch route {
        case "POST /dataspan/delay", "GET /dataspan/delay":
            return try await submit(request, context: context)
        case "GET /dataspan/jobs/{jobId}":
            return try await status(request)
        default:
            throw APIProblem.notFound("no route \(route) here; use /dataspan/delay or /dataspan/jobs/{jobId}")
        }
    }

    static let jobsPrefix = "/dataspan/jobs/"

    /// The route the request took: its route key, or what its method and path match behind a
    /// `$default` route.
    static func route(of request: APIGatewayV2Request) -> String {
        guard request.routeKey == "$default" else { return request.routeKey }
        let method = request.requestContext.http.method
        if method == "GET", request.rawPath.hasPrefix(jobsPrefix) { return "GET /dataspan/jobs/{jobId}" }
        return "\(method) \(request.rawPath)"
    }

    private func submit(_ request: APIGatewayV2Request, context: LambdaContext) async throws -> APIGatewayV2Response {
        let body = request.requestContext.http.method == "POST" ? try request.optionalJSONBody(as: DelayRequest.self) : nil
        let userId = try Caller.userId(of: request, claimedUserId: body?.userId)
        let delay: Int64
        do {
            delay = try JobDelay.milliseconds(
                number: body?.delaySeconds, text: request.queryStringParameters["delaySeconds"],
                maximumSeconds: dispatcher.settings.maxDelaySeconds)
        } catch {
            throw APIProblem.badRequest(error.message)
        }
        do {
            let job = try await dispatcher.submit(userId: userId, delayMilliseconds: delay)
            context.logger.info("accepted job \(job.jobId) of user \(userId), due in \(job.delaySeconds) s")
            return try APIReply.json(AcceptedJob(jobId: job.jobId, status: job.status, delaySeconds: job.delaySeconds), status: 202)
        } catch let refusal as JobLimitError {
            switch refusal {
            case .tooManyActive: throw APIProblem.tooManyRequests(refusal.description)
            case .contended: throw APIProblem.conflict(refusal.description)
            }
        } catch let failure as DispatchFailure {
            context.logger.error("\(failure)")
            // The publishing error, answered as a dependency failure (5xx with the request id).
            throw failure.cause
        }
    }

    private func status(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        // Behind a `$default` route there are no path parameters: the id is the path's last part.
        let jobId = request.pathParameters["jobId"] ?? String(request.rawPath.dropFirst(Self.jobsPrefix.count))
        let notFound = APIProblem.notFound("no job \(jobId.prefix(64))")
        guard JobID.isPlausible(jobId), let job = try await dispatcher.ledger.job(jobId),
              job.isVisible(toAuthorizedUser: try Caller.authorizerSubject(of: request)) else { throw notFound }
        return try APIReply.json(JobStatusView(job))
    }
}
