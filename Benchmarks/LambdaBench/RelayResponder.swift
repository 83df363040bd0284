import Foundation
import LocalHTTP
import LocalLambda
import NIOCore

/// The serving benchmark's second ceiling: the raw server's HTTP stack answering each request with
/// what the fixture function returns for it, through one warm pool and the Runtime API, and nothing
/// else: no routing, no API Gateway event, no response mapping, no log lines.
///
/// A request costs it what the shape of start-api costs (three HTTP exchanges and a second
/// process), so start-api's figure over this one is what the gateway and the emulator's own work
/// take, apart from the shape.
struct RelayResponder: HTTPResponder {
    let pool: FunctionPool
    /// An event of the size start-api hands the function for `GET /hello` (about a kilobyte).
    static let event = ByteBuffer(string: #"{"version":"2.0","routeKey":"GET /hello","rawPath":"/hello","rawQueryString":"","headers":{"host":"127.0.0.1","user-agent":"wrk"},"requestContext":{"accountId":"123456789012","apiId":"1234567890","domainName":"127.0.0.1","domainPrefix":"127","http":{"method":"GET","path":"/hello","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"wrk"},"requestId":"c6af9ac6-7b61-11e6-9a41-93e8deadbeef","routeKey":"GET /hello","stage":"$default","time":"22/Nov/2026:00:00:00 +0000","timeEpoch":1795305600000},"isBase64Encoded":false}"# + String(repeating: " ", count: 500))

    init(fixture: String) {
        pool = FunctionPool(
            configuration: FunctionPoolConfiguration(
                functionName: "relay", launch: BenchInstance.launch(fixture, handler: "ok"), memorySize: 128,
                timeout: .seconds(30), invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:relay"),
            log: { _ in })
    }

    func respondDirectly(to request: HTTPRequest, completing promise: EventLoopPromise<HTTPResponse>) -> Bool {
        pool.invoke(PoolInvocation(requestID: UUID().uuidString.lowercased(), payload: Self.event)) { result in
            switch result.outcome {
            case .response(let body): promise.succeed(HTTPResponse(status: .ok, headers: ["Content-Type": "application/json"], body: body))
            case .failure(let error): promise.succeed(.json(.badGateway, #"{"message":"\#(error.errorType)"}"#))
            }
        }
        return true
    }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        await directAnswer(to: request) ?? HTTPResponse(status: .internalServerError)
    }
}
