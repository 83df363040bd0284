import HTTPFunctionKit
import LambdaEvents
import StreamLimits

/// `POST /stream/end {"userId"[, "streamId"]}`: frees the named stream's slot or, without a
/// stream id, the slot of the user's live stream that started first; 403 when there is none.
struct EndRoutes: Sendable {
    let limiter: StreamLimiter

    func answer(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        let route = request.routeKey == "$default" ? "\(request.requestContext.http.method) \(request.rawPath)" : request.routeKey
        guard route == "POST /stream/end" else {
            throw APIProblem.notFound("no route \(route) here; use POST /stream/end")
        }
        let body = try request.optionalJSONBody(as: StreamRequest.self)
        let userId = try Caller.userId(of: request, claimedUserId: body?.userId)
        var streamId: String?
        if let named = body?.streamId {
            do { streamId = try StreamID.validated(named) } catch { throw APIProblem.badRequest(error.message) }
        }
        do {
            return try APIReply.json(try await limiter.end(userId: userId, streamId: streamId))
        } catch let refusal as StreamLimitError {
            throw refusal.problem
        }
    }
}
