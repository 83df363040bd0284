import LambdaEvents

/// The payload 1.0 event: what a REST API sends through a Lambda proxy integration, and what an
/// HTTP API sends (with `version: "1.0"`) when a route's `PayloadFormatVersion` is `1.0`.
enum VersionOneEvent {
    /// The members of `requestContext.identity` API Gateway sends as `null` when it knows nothing
    /// of them; functions written for AWS may test them against `null`.
    static let identityMembers = [
        "accessKey", "accountId", "apiKey", "apiKeyId", "caller", "cognitoAuthenticationProvider",
        "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId",
        "user", "userAgent", "userArn",
    ]

    static func bytes(_ request: RequestFacts, match: RouteMatch, api: LocalAPI,
                      authorizer output: AuthorizerOutput?) throws -> [UInt8] {
        let route = match.route
        let isHTTPAPI = api.kind == .http
        let rawPath = request.client.path
        // REST APIs leave the stage out of `path` but put it in `requestContext.path`; HTTP APIs
        // put a named stage in both.
        let stagePath = isHTTPAPI && api.stageName == "$default" ? rawPath : "/\(api.stageName)\(rawPath)"
        let resource = route.isDefault ? Route.defaultRouteKey : route.path
        let body = isHTTPAPI
            ? EventBody.forHTTPAPI(request.client.body, contentType: request.contentType)
            : EventBody.forRESTAPI(request.client.body, contentType: request.contentType,
                                   binaryMediaTypes: api.binaryMediaTypes)
        let headers = HeaderGroups(request.forwardedHeaders)
        let event = APIGatewayRequest(
            version: isHTTPAPI ? PayloadVersion.v1.rawValue : nil,
            resource: resource,
            path: isHTTPAPI ? stagePath : rawPath,
            httpMethod: request.method,
            headers: headers.lastValues,
            multiValueHeaders: headers.allValues,
            queryStringParameters: request.query.lastValues,
            multiValueQueryStringParameters: request.query.allValues,
            pathParameters: match.pathParameters,
            stageVariables: api.stageVariables,
            requestContext: APIGatewayRequest.RequestContext(
                accountId: LocalAPIs.accountId,
                apiId: api.apiId,
                resourceId: isHTTPAPI ? route.routeKey : StableIdentifier.alphanumeric(api.apiId + resource, length: 6),
                stage: api.stageName,
                requestId: request.requestID,
                extendedRequestId: StableIdentifier.base64(request.requestID),
                requestTime: request.time,
                requestTimeEpoch: request.epochMilliseconds,
                path: stagePath,
                protocol: request.client.protocol,
                httpMethod: request.method,
                resourcePath: resource,
                domainName: request.domainName,
                domainPrefix: request.domainPrefix,
                identity: APIGatewayRequest.Identity(sourceIp: request.client.sourceIP, userAgent: request.userAgent)),
            body: body.text,
            isBase64Encoded: body.isBase64Encoded)
        return try EventEncoding.bytes(event) { json in
            for member in identityMembers where member != "userAgent" || request.userAgent == nil {
                json.set(.null, at: ["requestContext", "identity", member])
            }
            switch output {
            case .token(let claims):
                json.set(.object(claims.claims.mapValues(JSONValue.string)), at: ["requestContext", "authorizer", "claims"])
                if isHTTPAPI {
                    json.set(claims.scopes.isEmpty ? .null : .array(claims.scopes.map(JSONValue.string)),
                             at: ["requestContext", "authorizer", "scopes"])
                }
            case .lambda(let lambda) where isHTTPAPI:
                json.set(.object(lambda.context), at: ["requestContext", "authorizer", "lambda"])
            case .lambda(let lambda):
                // REST APIs pass the context's values on as strings (as they render claims; a
                // null is no value), beside the principal.
                var authorizer = ClaimText.httpAPI(lambda.context).mapValues(JSONValue.string)
                authorizer["principalId"] = lambda.principalId.map(JSONValue.string) ?? .null
                authorizer["integrationLatency"] = .number(0)
                json.set(.object(authorizer), at: ["requestContext", "authorizer"])
            case nil:
                break
            }
        }
    }
}
