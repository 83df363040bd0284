extension APIGatewayV2Request: Codable {
    enum CodingKeys: String, CodingKey {
        case version, routeKey, rawPath, rawQueryString, cookies, headers
        case queryStringParameters, pathParameters, stageVariables, requestContext, body, isBase64Encoded
    }

    /// Decodes the request, reading missing or `null` maps and lists as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        routeKey = try container.decode(String.self, forKey: .routeKey)
        rawPath = try container.decode(String.self, forKey: .rawPath)
        rawQueryString = try container.decodeIfPresent(String.self, forKey: .rawQueryString) ?? ""
        cookies = try container.decodeList([String].self, forKey: .cookies)
        headers = try container.decodeMap([String: String].self, forKey: .headers)
        queryStringParameters = try container.decodeMap([String: String].self, forKey: .queryStringParameters)
        pathParameters = try container.decodeMap([String: String].self, forKey: .pathParameters)
        stageVariables = try container.decodeMap([String: String].self, forKey: .stageVariables)
        requestContext = try container.decode(RequestContext.self, forKey: .requestContext)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        isBase64Encoded = try container.decodeIfPresent(Bool.self, forKey: .isBase64Encoded) ?? false
    }

    /// Encodes the request as an HTTP API sends it: empty cookies, parameter maps and a missing
    /// body are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(routeKey, forKey: .routeKey)
        try container.encode(rawPath, forKey: .rawPath)
        try container.encode(rawQueryString, forKey: .rawQueryString)
        try container.encodeIfPresent(cookies.nilIfEmpty, forKey: .cookies)
        try container.encode(headers, forKey: .headers)
        try container.encodeIfPresent(queryStringParameters.nilIfEmpty, forKey: .queryStringParameters)
        try container.encodeIfPresent(pathParameters.nilIfEmpty, forKey: .pathParameters)
        try container.encodeIfPresent(stageVariables.nilIfEmpty, forKey: .stageVariables)
        try container.encode(requestContext, forKey: .requestContext)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encode(isBase64Encoded, forKey: .isBase64Encoded)
    }
}
