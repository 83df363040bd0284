import LambdaEvents

/// The payload 2.0 event an HTTP API sends by default.
enum VersionTwoEvent {
    static func bytes(_ request: RequestFacts, match: RouteMatch, api: LocalAPI,
                      authorizer output: AuthorizerOutput?) throws -> [UInt8] {
        let route = match.route
        // A named stage is part of the URL, and HTTP APIs keep it in rawPath.
        let rawPath = api.stageName == "$default" ? request.client.path : "/\(api.stageName)\(request.client.path)"
        let cookies = request.forwardedHeaders.values(of: "Cookie").flatMap { header in
            header.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        let headers = HeaderGroups(request.forwardedHeaders.filter { $0.name.lowercased() != "cookie" })
        let body = EventBody.forHTTPAPI(request.client.body, contentType: request.contentType)
        let authorizer: APIGatewayV2Request.Authorizer?
        switch output {
        case .token(let claims):
            authorizer = APIGatewayV2Request.Authorizer(jwt: APIGatewayV2Request.Authorizer.JWT(
                claims: claims.claims, scopes: claims.scopes.isEmpty ? nil : claims.scopes))
        case .lambda(let lambda):
            authorizer = APIGatewayV2Request.Authorizer(lambda: .object(lambda.context))
        case nil:
            authorizer = nil
        }
        let event = APIGatewayV2Request(
            routeKey: route.routeKey,
            rawPath: rawPath,
            rawQueryString: request.client.rawQueryString,
            cookies: cookies,
            headers: headers.lowercasedJoined,
            queryStringParameters: request.query.joinedValues,
            pathParameters: match.pathParameters,
            stageVariables: api.stageVariables,
            requestContext: APIGatewayV2Request.RequestContext(
                accountId: LocalAPIs.accountId,
                apiId: api.apiId,
                domainName: request.domainName,
                domainPrefix: request.domainPrefix,
                http: APIGatewayV2Request.HTTP(method: request.method, path: rawPath, protocol: request.client.protocol,
                                               sourceIp: request.client.sourceIP, userAgent: request.userAgent),
                requestId: request.requestID,
                routeKey: route.routeKey,
                stage: api.stageName,
                time: request.time,
                timeEpoch: request.epochMilliseconds,
                authorizer: authorizer),
            body: body.text,
            isBase64Encoded: body.isBase64Encoded)
        return try event.eventBytes ?? EventEncoding.bytes(event)
    }
}
