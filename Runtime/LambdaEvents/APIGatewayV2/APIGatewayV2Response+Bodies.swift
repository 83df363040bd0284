#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension APIGatewayV2Response {
    /// Creates a plain-text response; `Content-Type` is set unless `headers` already has one.
    public init(
        statusCode: Int = 200,
        headers: [String: String] = [:],
        cookies: [String] = [],
        text: String,
        contentType: String = "text/plain; charset=utf-8"
    ) {
        self.init(body: .text(text, contentType: contentType), statusCode: statusCode, headers: headers, cookies: cookies)
    }

    /// Creates a response whose body is `json` encoded as JSON; `Content-Type` is set to
    /// `application/json` unless `headers` already has one.
    public init(
        statusCode: Int = 200,
        headers: [String: String] = [:],
        cookies: [String] = [],
        json: some Encodable,
        encoder: JSONEncoder = JSONEncoder()
    ) throws {
        self.init(body: try .json(json, encoder: encoder), statusCode: statusCode, headers: headers, cookies: cookies)
    }

    /// Creates a response carrying bytes, sent base64-encoded; `Content-Type` is set unless
    /// `headers` already has one.
    public init(
        statusCode: Int = 200,
        headers: [String: String] = [:],
        cookies: [String] = [],
        binary: Data,
        contentType: String = "application/octet-stream"
    ) {
        self.init(body: .binary(binary, contentType: contentType), statusCode: statusCode, headers: headers, cookies: cookies)
    }

    private init(body: ResponseBody, statusCode: Int, headers: [String: String], cookies: [String]) {
        self.init(
            statusCode: statusCode,
            headers: body.headers(merging: headers),
            cookies: cookies,
            body: body.text,
            isBase64Encoded: body.isBase64Encoded
        )
    }
}
