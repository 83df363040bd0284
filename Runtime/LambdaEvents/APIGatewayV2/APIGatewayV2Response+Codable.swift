extension APIGatewayV2Response: Codable {
    enum CodingKeys: String, CodingKey {
        case statusCode, headers, cookies, body, isBase64Encoded
    }

    /// Decodes a response, reading missing or `null` fields as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statusCode = try container.decode(Int.self, forKey: .statusCode)
        headers = try container.decodeMap([String: String].self, forKey: .headers)
        cookies = try container.decodeList([String].self, forKey: .cookies)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        isBase64Encoded = try container.decodeIfPresent(Bool.self, forKey: .isBase64Encoded) ?? false
    }

    /// Encodes the response, leaving out empty headers, empty cookies and a missing body.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statusCode, forKey: .statusCode)
        try container.encodeIfPresent(headers.nilIfEmpty, forKey: .headers)
        try container.encodeIfPresent(cookies.nilIfEmpty, forKey: .cookies)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encode(isBase64Encoded, forKey: .isBase64Encoded)
    }
}
