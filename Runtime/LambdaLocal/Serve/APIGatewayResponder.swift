import Foundation
import LocalAPIGateway
import LocalHTTP
import LocalLambda
import NIOCore
import NIOHTTP1

/// `start-api`'s server side: each request goes through the local API Gateway (routing, CORS,
/// authorizers, the event), then to the function's pool, then back through the gateway's mapping.
struct APIGatewayResponder: HTTPResponder {
    let apis: LocalAPIs
    let registry: FunctionRegistry
    let log: @Sendable (String) -> Void

    /// Every request is answered from callbacks: the gateway's routing and event on the
    /// connection's event loop, the function's answer mapped where the pool reports it. A request
    /// that finds a warm instance free starts no task at all.
    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        let requestID = RequestID.random()
        let client = ClientRequest(
            method: request.method.rawValue,
            target: request.uri,
            headers: request.headers.map { HTTPHeader($0.name, $0.value) },
            // The server drops a body over API Gateway's limit; a stand-in of the same length lets
            // the gateway refuse it with its own 413.
            body: request.bodyExceededLimit
                ? [UInt8](repeating: 0, count: LocalAPIs.maximumBodySize + 1)
                : Array(request.body.readableBytesView),
            sourceIP: request.remoteAddress?.ipAddress ?? "127.0.0.1")
        proceed(apis.handle(client, requestID: requestID, now: Date()), completing: promise)
        return true
    }

    /// Carries out the gateway's decision: an answer, a Lambda authorizer to run first, or the
    /// route's function.
    private func proceed(_ decision: GatewayDecision, completing promise: EventLoopPromise<HTTPResponse>) {
        switch decision {
        case .respond(let response, _):
            promise.succeed(Self.http(response))
        case .authorize(let authorization):
            let apis = self.apis
            let log = self.log
            let decided: @Sendable (InvocationResult) -> Void = { result in
                let next = apis.resume(authorization, with: result)
                if case .respond(let response, let reason) = next {
                    log("lambda-local: authorizer \(authorization.authorizerName): answered \(response.status): \(reason)")
                }
                proceed(next, completing: promise)
            }
            guard let pool = registry.pool(named: authorization.functionLogicalId) else {
                return decided(.functionError("the authorizer's function \(authorization.functionLogicalId) is not served"))
            }
            let invocation = PoolInvocation(requestID: RequestID.random(), payload: ByteBuffer(bytes: authorization.event))
            pool.invoke(invocation) { decided(Self.invocationResult($0)) }
        case .invoke(let invocation):
            guard let pool = registry.pool(named: invocation.functionLogicalId) else {
                log("lambda-local: API route to unknown function \(invocation.functionLogicalId)")
                promise.succeed(Self.http(apis.response(for: .functionError("no such function"), to: invocation).response))
                return
            }
            for warning in invocation.warnings {
                log(pool.configuration.logPrefix + "lambda-local: warning: \(warning)")
            }
            let apis = self.apis
            let log = self.log
            let request = PoolInvocation(
                requestID: invocation.requestID, payload: ByteBuffer(bytes: invocation.event), tenantID: invocation.tenantID)
            pool.invoke(request) { result in
                let mapped = apis.response(for: Self.invocationResult(result), to: invocation)
                if let problem = mapped.problem {
                    log(pool.configuration.logPrefix + "lambda-local: answered \(mapped.response.status): \(problem)")
                }
                promise.succeed(Self.http(mapped.response))
            }
        }
    }

    /// How an invocation ended, as the gateway reads it.
    static func invocationResult(_ result: PoolInvocationResult) -> InvocationResult {
        switch result.outcome {
        case .response(let body):
            return .response(Array(body.readableBytesView))
        case .failure(let error) where error.errorType == "Sandbox.Timedout":
            return .timedOut
        case .failure(let error):
            return .functionError("\(error.errorType): \(error.message ?? "")")
        }
    }

    /// The same answers for callers without an event loop promise.
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        await directAnswer(to: request) ?? HTTPResponse.json(.internalServerError, #"{"message":"Internal server error"}"#)
    }

    static func http(_ response: GatewayResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for header in response.headers { headers.add(name: header.name, value: header.value) }
        var body = ByteBuffer()
        body.writeBytes(response.body)
        return HTTPResponse(status: HTTPResponseStatus(statusCode: response.status), headers: headers, body: body)
    }
}
