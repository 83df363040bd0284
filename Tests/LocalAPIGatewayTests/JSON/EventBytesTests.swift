import Foundation
import LambdaEvents
import Testing
import TestSupport
@testable import LocalAPIGateway

/// The payload 2.0 event written directly must be, byte for byte, what JSONEncoder writes for the
/// same model: functions decode it with their own models, and the sample events show it.
@Suite struct EventBytesTests {
    static let awkward = "quote \" backslash \\ slash / newline \n tab \t return \r bell \u{7} nul \u{0} unit \u{1F} del \u{7F} é 雪 🚀"

    static func event(
        cookies: [String] = [], headers: [String: String] = ["host": "localhost"], query: [String: String] = [:],
        path: [String: String] = [:], stage: [String: String] = [:], body: String? = nil, base64: Bool = false,
        authorizer: APIGatewayV2Request.Authorizer? = nil, userAgent: String? = "curl/8.0"
    ) -> APIGatewayV2Request {
        APIGatewayV2Request(
            routeKey: "GET /items/{id}", rawPath: "/items/42", rawQueryString: "a=1&b=%2F",
            cookies: cookies, headers: headers, queryStringParameters: query, pathParameters: path, stageVariables: stage,
            requestContext: APIGatewayV2Request.RequestContext(
                accountId: "123456789012", apiId: "api1", domainName: "localhost", domainPrefix: "localhost",
                http: APIGatewayV2Request.HTTP(method: "GET", path: "/items/42", sourceIp: "127.0.0.1", userAgent: userAgent),
                requestId: "id-1", routeKey: "GET /items/{id}", stage: "$default", time: "21/Nov/2026:22:00:00 +0000",
                timeEpoch: 1_795_298_400_000, authorizer: authorizer),
            body: body, isBase64Encoded: base64)
    }

    static let events: [APIGatewayV2Request] = [
        event(),
        event(userAgent: nil),
        event(cookies: ["a=1", "b=\(awkward)"], headers: ["x-b": "2", "x-a": awkward, "content-type": "application/json", "Z": "upper", "é": "accent"],
              query: ["q": awkward, "": "empty name"], path: ["id": "42", "rest": "a/b/c"], stage: ["env": "dev"],
              body: "{\"key\":\"\(awkward)\"}"),
        event(body: "aGVsbG8=", base64: true),
        event(body: ""),
        event(authorizer: APIGatewayV2Request.Authorizer(jwt: APIGatewayV2Request.Authorizer.JWT(claims: ["sub": "user-1", "scope": awkward]))),
        event(authorizer: APIGatewayV2Request.Authorizer(jwt: APIGatewayV2Request.Authorizer.JWT(claims: [:], scopes: ["read", "write"]))),
        event(authorizer: APIGatewayV2Request.Authorizer()),
    ]

    @Test(arguments: events.indices)
    func writesWhatJSONEncoderWrites(index: Int) throws {
        let event = Self.events[index]
        let expected = Array(try JSONText.encoder().encode(event))
        let written = try #require(event.eventBytes)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(written == expected)
    }

    @Test func leavesLambdaAndIAMAuthorizersToJSONEncoder() {
        #expect(Self.event(authorizer: APIGatewayV2Request.Authorizer(lambda: ["user": "1"])).eventBytes == nil)
        #expect(Self.event(authorizer: APIGatewayV2Request.Authorizer(iam: APIGatewayV2Request.Authorizer.IAM(userId: "u"))).eventBytes == nil)
    }
}

/// Any JSON value written by hand, as the payload 1.0 event is after its adjustments, must be what
/// JSONEncoder writes for it.
@Suite struct JSONValueWritingTests {
    @Test func writesWhatJSONEncoderWritesForRandomValues() throws {
        var generator = SeededGenerator(seed: 1_121)
        for _ in 0..<300 {
            let value = JSONValueParserTests.randomValue(depth: 0, using: &generator)
            var writer = JSONBytesWriter()
            writer.value(value)
            let expected = String(decoding: try JSONText.encoder().encode(value), as: UTF8.self)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        }
    }

    @Test(arguments: [0, -0.0, 1, -1, 1_795_298_400_000, 9_007_199_254_740_991, 0.5, -2.25, 1e-7, 123456.789, 1e300, 9_007_199_254_740_993])
    func writesNumbersAsJSONEncoderDoes(number: Double) throws {
        var writer = JSONBytesWriter()
        writer.value(.number(number))
        let written = String(decoding: writer.bytes, as: UTF8.self)
        let expected = String(decoding: try JSONText.encoder().encode(JSONValue.number(number)), as: UTF8.self)
        #expect(Double(written) == number)
        #expect(written == expected, "\(number)")
    }
}
