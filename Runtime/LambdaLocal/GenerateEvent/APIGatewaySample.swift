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

    /// The request event a function gets.
    func json(isHTTPAPI: Bool, now: Date) throws(LambdaLocalError) -> Data {
        let body = Array((self.body ?? #"{"test":"body"}"#).utf8)
        let request = self.request(method: "POST", extra: body.isEmpty ? [] : [HTTPHeader("Content-Type", "application/json")],
                                   body: body)
        return try sample(isHTTPAPI: isHTTPAPI) { (api, stage, resource) throws(LocalAPIError) in
            try SampleRequestEvent.json(for: request, apiKind: api, stageName: stage, resourcePath: resource,
                                        requestID: UUID().uuidString.lowercased(), now: now)
        }
    }

    /// The event a Lambda authorizer gets for the request: `payloadType` is `TOKEN` or `REQUEST`
    /// for a REST API, `2.0` for an HTTP API; `token` is the `Authorization` header's value.
    func authorizerJSON(payloadType: String, token: String?, now: Date) throws(LambdaLocalError) -> Data {
        let request = self.request(method: "GET", extra: [HTTPHeader("Authorization", token ?? "incoming-client-token")], body: [])
        return try sample(isHTTPAPI: payloadType == "2.0") { (api, stage, resource) throws(LocalAPIError) in
            try SampleRequestEvent.authorizerJSON(for: request, apiKind: api, payloadType: payloadType, stageName: stage,
                                                  resourcePath: resource, requestID: UUID().uuidString.lowercased(), now: now)
        }
    }

    /// The request: the method given or `defaultMethod`, the path given or `/examplepath`, and the
    /// headers a client sends plus `extra`.
    private func request(method defaultMethod: String, extra: [HTTPHeader], body: [UInt8]) -> ClientRequest {
        var target = path ?? "/examplepath"
        if !target.hasPrefix("/") { target = "/" + target }
        let headers = [
            HTTPHeader("Accept", "application/json"),
            HTTPHeader("Host", "localhost:3000"),
            HTTPHeader("User-Agent", "lambda-local generate-event"),
        ] + extra
        return ClientRequest(method: (method ?? defaultMethod).uppercased(), target: target, headers: headers, body: body)
    }

    /// The event `make` writes for a catch-all route on the stage given (or the kind's default),
    /// pretty-printed.
    private func sample(
        isHTTPAPI: Bool,
        _ make: (APIKind, String, String?) throws(LocalAPIError) -> [UInt8]
    ) throws(LambdaLocalError) -> Data {
        let bytes: [UInt8]
        do {
            bytes = try make(isHTTPAPI ? .http : .rest, stage ?? (isHTTPAPI ? "$default" : "prod"), isHTTPAPI ? nil : "/{proxy+}")
        } catch {
            throw LambdaLocalError(error.message)
        }
        return try SampleJSON.prettify(bytes)
    }
}
