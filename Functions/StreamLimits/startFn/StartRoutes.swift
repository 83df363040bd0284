import HTTPFunctionKit
import LambdaEvents
import StreamLimits

/// The routes that take a slot.
///
/// - `POST /stream/start {"userId"[, "streamId"]}`: without a stream id one is made up and
///   returned, so that the stream can still be ended and its lease can still expire.
/// - `POST /stream-record {"userId", "streamId"}`: the stream-record checker's form; the stream id
///   is required, and recording a stream that is active already renews it without a second slot.
struct StartRoutes: Sendable {
    let limiter: StreamLimiter

    func answer(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        let route = Self.route(of: request)
        guard ["POST /stream/start", "POST /stream-record"].contains(route) else {
            throw APIProblem.notFound("no route \(route) here; use POST /stream/start or POST /stream-record")
        }
        let body = try request.optionalJSONBody(as: StreamRequest.self)
        let userId = try Caller.userId(of: request, claimedUserId: body?.userId)
        let streamId: String
        if let named = body?.streamId {
            streamId = try validated(named)
        } else if route == "POST /stream-record" {
            throw APIProblem.badRequest("streamId is required")
        } else {
            streamId = StreamID.generate()
        }
        do {
            return try APIReply.json(try await limiter.start(userId: userId, streamId: streamId))
        } catch let refusal as StreamLimitError {
            throw refusal.problem
        }
    }

    /// The route the request took: its route key, or its method and path behind a `$default` route.
    static func route(of request: APIGatewayV2Request) -> String {
        request.routeKey == "$default" ? "\(request.requestContext.http.method) \(request.rawPath)" : request.routeKey
    }

    private func validated(_ streamId: String) throws(APIProblem) -> String {
        do { return try StreamID.validated(streamId) } catch { throw .badRequest(error.message) }
    }
}
