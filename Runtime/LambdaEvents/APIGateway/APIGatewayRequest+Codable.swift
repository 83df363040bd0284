extension APIGatewayRequest: Codable {
    enum CodingKeys: String, CodingKey {
        case version, resource, path, httpMethod, headers, multiValueHeaders
        case queryStringParameters, multiValueQueryStringParameters, pathParameters, stageVariables
        case requestContext, body, isBase64Encoded
    }

    /// Decodes the request, reading `null` or missing maps as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        resource = try container.decode(String.self, forKey: .resource)
        path = try container.decode(String.self, forKey: .path)
        httpMethod = try container.decode(String.self, forKey: .httpMethod)
        headers = try container.decodeMap([String: String].self, forKey: .headers)
        multiValueHeaders = try container.decodeMap([String: [String]].self, forKey: .multiValueHeaders)
        queryStringParameters = try container.decodeMap([String: String].self, forKey: .queryStringParameters)
        multiValueQueryStringParameters = try container.decodeMap(
            [String: [String]].self,
            forKey: .multiValueQueryStringParameters
        )
        pathParameters = try container.decodeMap([String: String].self, forKey: .pathParameters)
        stageVariables = try container.decodeMap([String: String].self, forKey: .stageVariables)
        requestContext = try container.decode(RequestContext.self, forKey: .requestContext)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        isBase64Encoded = try container.decodeIfPresent(Bool.self, forKey: .isBase64Encoded) ?? false
    }

    /// Encodes the request as API Gateway sends it: empty parameter maps and a missing body
    /// become `null`, which code written for real API Gateway events expects.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encode(resource, forKey: .resource)
        try container.encode(path, forKey: .path)
        try container.encode(httpMethod, forKey: .httpMethod)
        try container.encode(headers, forKey: .headers)
        try container.encode(multiValueHeaders, forKey: .multiValueHeaders)
        try container.encode(queryStringParameters.nilIfEmpty, forKey: .queryStringParameters)
        try container.encode(multiValueQueryStringParameters.nilIfEmpty, forKey: .multiValueQueryStringParameters)
        try container.encode(pathParameters.nilIfEmpty, forKey: .pathParameters)
        try container.encode(stageVariables.nilIfEmpty, forKey: .stageVariables)
        try container.encode(requestContext, forKey: .requestContext)
        try container.encode(body, forKey: .body)
        try container.encode(isBase64Encoded, forKey: .isBase64Encoded)
    }
}
