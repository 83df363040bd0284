import HTTPFunctionKit
import LambdaEvents
import SupervisorQueue

/// The routes of a store's supervisor requests:
///
/// - `POST /stores/{storeId}/requests` creates a pending request (201);
/// - `GET /stores/{storeId}/requests?status=&limit=&cursor=` lists one status, highest priority first;
/// - `GET`, `PATCH` (answer it, or mark it unresolved) and `DELETE` `/stores/{storeId}/requests/{requestId}`.
struct RequestRoutes: Sendable {
    let store: SupervisorRequestStore

    func answer(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        do {
            return try await route(request)
        } catch {
            guard let problem = error as? RequestProblem else { throw error }
            throw Self.apiProblem(problem)
        }
    }

    static func apiProblem(_ problem: RequestProblem) -> APIProblem {
        switch problem.kind {
        case .invalid: .badRequest(problem.message)
        case .notFound: .notFound(problem.message)
        case .conflict: .conflict(problem.message)
        }
    }

    private func route(_ request: APIGatewayV2Request) async throws -> APIGatewayV2Response {
        let method = request.requestContext.http.method
        let storeId = try StoreID(request.pathParameters["storeId"] ?? "")
        guard let idText = request.pathParameters["requestId"] else {
            switch method {
            case "POST": return try await create(request, in: storeId)
            case "GET": return try await list(request, in: storeId)
            default: throw APIProblem(status: 405, message: "\(method) is not served here; use GET or POST")
            }
        }
        let requestId = try RequestID(idText)
        switch method {
        case "GET":
            guard let found = try await store.request(requestId, in: storeId) else {
                throw APIProblem.notFound("store \(storeId) has no request \(requestId)")
            }
            return try APIReply.json(RequestView(found))
        case "PATCH":
            let resolution = try request.jsonBody(as: RequestChangeInput.self).validated()
            let updated = try await store.resolve(requestId, in: storeId, with: resolution)
            return try APIReply.json(RequestView(updated))
        case "DELETE":
            try await store.delete(requestId, in: storeId)
            return APIGatewayV2Response(statusCode: 204)
        default:
            throw APIProblem(status: 405, message: "\(method) is not served here; use GET, PATCH or DELETE")
        }
    }

    private func create(_ request: APIGatewayV2Request, in storeId: StoreID) async throws -> APIGatewayV2Response {
        let new = try request.jsonBody(as: NewRequestInput.self).validated()
        let created = try await store.create(new, in: storeId)
        return try APIReply.json(RequestView(created), status: 201)
    }

    private func list(_ request: APIGatewayV2Request, in storeId: StoreID) async throws -> APIGatewayV2Response {
        let query = try ListQuery(parameters: request.queryStringParameters, storeId: storeId)
        let page = try await store.list(storeId, query)
        return try APIReply.json(RequestListAnswer(requests: page.requests.map(RequestView.init), cursor: page.next?.text))
    }
}
