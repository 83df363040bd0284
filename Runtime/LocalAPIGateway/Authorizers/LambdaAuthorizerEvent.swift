import LambdaEvents

/// The event a Lambda authorizer's function gets, in the shape its kind asks for:
///
/// - REST `TOKEN`: `type`, `authorizationToken` and `methodArn`.
/// - REST `REQUEST` and HTTP API format 1.0: the payload 1.0 request event without its body, with
///   `type` and `methodArn` (HTTP APIs add `identitySource` and `authorizationToken`, the identity
///   values joined with commas).
/// - HTTP API format 2.0: the payload 2.0 request event without its body, with `type`, `routeArn`
///   and `identitySource` (the identity values).
enum LambdaAuthorizerEvent {
    static func bytes(_ request: RequestFacts, match: RouteMatch, api: LocalAPI, reference: LambdaAuthorizerReference,
                      identity: [String], methodARN: String) throws -> [UInt8] {
        var event: [String: JSONValue]
        if reference.isTokenAuthorizer {
            event = ["type": .string("TOKEN"), "authorizationToken": .string(identity.first ?? ""), "methodArn": .string(methodARN)]
        } else {
            let request = reference.payloadType == "2.0"
                ? try VersionTwoEvent.bytes(request, match: match, api: api, authorizer: nil)
                : try VersionOneEvent.bytes(request, match: match, api: api, authorizer: nil)
            guard case .object(let members) = try JSONValueParser.parse(request) else { return [] }
            event = members
            event["body"] = nil
            event["isBase64Encoded"] = nil
            event["type"] = .string("REQUEST")
            if reference.payloadType == "2.0" {
                event["routeArn"] = .string(methodARN)
                event["identitySource"] = .array(identity.map(JSONValue.string))
            } else {
                event["methodArn"] = .string(methodARN)
                if api.kind == .http {
                    event["identitySource"] = .string(identity.joined(separator: ","))
                    event["authorizationToken"] = .string(identity.joined(separator: ","))
                }
            }
        }
        var json = JSONBytesWriter()
        json.value(.object(event))
        return json.bytes
    }

    /// `arn:aws:execute-api:<region>:<account>:<api id>/<stage>/<METHOD>/<path>`, the path as the
    /// client sent it without its leading slash; the region is the authorizer function's.
    static func methodARN(_ request: RequestFacts, api: LocalAPI, reference: LambdaAuthorizerReference) -> String {
        let arnParts = reference.functionARN?.split(separator: ":", omittingEmptySubsequences: false) ?? []
        let region = arnParts.count > 3 && !arnParts[3].isEmpty ? String(arnParts[3]) : "us-east-1"
        let path = request.client.path.drop { $0 == "/" }
        return "arn:aws:execute-api:\(region):\(LocalAPIs.accountId):\(api.apiId)/\(api.stageName)/\(request.method)/\(path)"
    }
}
