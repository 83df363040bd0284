import Foundation
import LocalAPIGateway

/// `apigateway aws-proxy` and `apigateway http-api-proxy`: a request through a catch-all route,
/// shaped by the local API Gateway itself; `authorizer`, `request-authorizer` and
/// `request-authorizer-v2`: what a Lambda authorizer gets for such a request.
struct APIGatewaySample {
    let method: String?
    let path: String?
    let body: String?
    let stage: String?

    func json(isHTTPAPI: Bool, now: Date) throws(LambdaLocalError) -> Data {
        var target = path ?? "/examplepath"
        if !target.hasPrefix("/") { target = "/" + target }
        let body = Array((self.body ?? #"{"test":"body"}"#).utf8)
        var headers = [
            HTTPHeader("Accept", "application/json"),
            HTTPHeader("Host", "localhost:3000"),
            HTTPHeader("User-Agent", "lambda-local generate-event"),
        ]
        if !body.isEmpty { headers.append(HTTPHeader("Content-Type", "application/json")) }
        let request = ClientRequest(method: (method ?? "POST").uppercased(), target: target, headers: headers, body: body)
        let bytes: [UInt8]
        do {
            bytes = try SampleRequestEvent.json(
                for: request,
                apiKind: isHTTPAPI ? .http : .rest,
                stageName: stage ?? (isHTTPAPI ? "$default" : "prod"),
                resourcePath: isHTTPAPI ? nil : "/{proxy+}",
                requestID: UUID().uuidString.lowercased(),
                now: now)
        } catch {
            throw LambdaLocalError(error.message)
        }
        return try SampleJSON.prettify(bytes)
    }

    /// The event a Lambda authorizer gets for the request: `payloadType` is `TOKEN` or `REQUEST`
    /// for a REST API, `2.0` for an HTTP API; `token` is the `Authorization` header's value.
    func authorizerJSON(payloadType: String, token: String?, now: Date) throws(LambdaLocalError) -> Data {
        let isHTTPAPI = payloadType == "2.0"
        var target = path ?? "/examplepath"
        if !target.hasPrefix("/") { target = "/" + target }
        let request = ClientRequest(
            method: (method ?? "GET").uppercased(), target: target,
            headers: [
                HTTPHeader("Accept", "application/json"),
                HTTPHeader("Authorization", token ?? "incoming-client-token"),
                HTTPHeader("Host", "localhost:3000"),
                HTTPHeader("User-Agent", "lambda-local generate-event"),
            ])
        let bytes: [UInt8]
        do {
            bytes = try SampleRequestEvent.authorizerJSON(
                for: request,
                apiKind: isHTTPAPI ? .http : .rest,
                payloadType: payloadType,
                stageName: stage ?? (isHTTPAPI ? "$default" : "prod"),
                resourcePath: isHTTPAPI ? nil : "/{proxy+}",
                requestID: UUID().uuidString.lowercased(),
                now: now)
        } catch {
            throw LambdaLocalError(error.message)
        }
        return try SampleJSON.prettify(bytes)
    }
}
