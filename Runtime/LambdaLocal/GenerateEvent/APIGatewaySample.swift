import Foundation
import LocalAPIGateway

/// `apigateway aws-proxy` and `apigateway http-api-proxy`: a request through a catch-all route,
/// shaped by the local API Gateway itself.
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
}
