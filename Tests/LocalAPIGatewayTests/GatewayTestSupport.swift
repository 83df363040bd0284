import Foundation
import LambdaEvents
import SAMTemplate
import Testing
@testable import LocalAPIGateway

/// A fixed arrival time: 21 November 2026, 17:05:56.789 UTC.
let arrival = Date(timeIntervalSince1970: 1_795_280_756.789)
let requestID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"

/// The APIs of a template given as YAML.
func gateway(_ yaml: String) throws -> LocalAPIs {
    try LocalAPIs(template: SAMTemplate.parse(yaml: yaml))
}

/// The error reading a template gives, as text.
func readingError(_ yaml: String) throws -> String {
    let template = try SAMTemplate.parse(yaml: yaml)
    do {
        _ = try LocalAPIs(template: template)
    } catch {
        return error.message
    }
    Issue.record("the template was accepted")
    return ""
}

extension LocalAPIs {
    /// Handles a request built from its parts.
    func handle(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
                sourceIP: String = "203.0.113.7", at time: Date = arrival) -> GatewayDecision {
        handle(ClientRequest(method: method, target: target, headers: headers.map { HTTPHeader($0.0, $0.1) },
                             body: body, sourceIP: sourceIP),
               requestID: requestID, now: time)
    }

    /// The invocation a request leads to; records an issue when it is answered at once instead.
    func invocation(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> FunctionInvocation {
        switch handle(method, target, headers: headers, body: body) {
        case .invoke(let invocation):
            return invocation
        case .respond(let response, let reason):
            Issue.record("answered \(response.status) (\(reason)) instead of invoking", sourceLocation: sourceLocation)
            throw GatewayTestFailure()
        case .authorize(let authorization):
            Issue.record("ran the authorizer \(authorization.authorizerName) instead of invoking", sourceLocation: sourceLocation)
            throw GatewayTestFailure()
        }
    }

    /// The immediate response to a request; records an issue when a function would be invoked instead.
    func immediate(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GatewayResponse {
        switch handle(method, target, headers: headers, body: body) {
        case .invoke(let invocation):
            Issue.record("invoked \(invocation.functionLogicalId) instead of answering", sourceLocation: sourceLocation)
            throw GatewayTestFailure()
        case .respond(let response, _):
            return response
        case .authorize(let authorization):
            Issue.record("ran the authorizer \(authorization.authorizerName) instead of answering", sourceLocation: sourceLocation)
            throw GatewayTestFailure()
        }
    }

    /// The response for a function's answer given as text.
    func answer(_ text: String, to invocation: FunctionInvocation) -> MappedResponse {
        response(for: .response(Array(text.utf8)), to: invocation)
    }
}

struct GatewayTestFailure: Error {}

extension FunctionInvocation {
    /// The event as a payload 1.0 request, as a function decodes it.
    func restEvent() throws -> APIGatewayRequest {
        try JSONDecoder().decode(APIGatewayRequest.self, from: Data(event))
    }

    /// The event as a payload 2.0 request, as a function decodes it.
    func httpEvent() throws -> APIGatewayV2Request {
        try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(event))
    }

    /// The event as untyped JSON, to see the `null`s and absent members a model hides.
    func json() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(event)) as? [String: Any])
    }
}

extension GatewayResponse {
    /// The body parsed as a JSON object.
    var jsonObject: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
    }

    /// The `{"message": ...}` of an error answer.
    var message: String? { jsonObject?["message"] as? String }
}

/// A compact JWS with the given claims and a signature nobody checks.
func token(_ claims: [String: Any]) -> String {
    func part(_ object: [String: Any]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
    return part(["alg": "RS256", "kid": "test"]) + "." + part(claims) + ".c2lnbmF0dXJl"
}
