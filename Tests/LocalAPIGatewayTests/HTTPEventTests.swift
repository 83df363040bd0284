import Foundation
import LambdaEvents
import Testing
@testable import LocalAPIGateway

/// The events an HTTP API sends: payload 2.0 by default, 1.0 when the route asks for it.
@Suite struct HTTPEventTests {
    let apis = try! gateway("""
        Resources:
          Catalog:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Product: {Type: HttpApi, Properties: {Path: "/products/{sku}", Method: GET}}
                Legacy: {Type: HttpApi, Properties: {Path: /legacy, Method: GET, PayloadFormatVersion: "1.0"}}
          Staged:
            Type: AWS::Serverless::HttpApi
            Properties:
              StageName: beta
              StageVariables: {flags: new-checkout}
          Checkout:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Pay: {Type: HttpApi, Properties: {ApiId: !Ref Staged, Path: /pay, Method: POST}}
                Old: {Type: HttpApi, Properties: {ApiId: !Ref Staged, Path: /old-pay, Method: POST, PayloadFormatVersion: "1.0"}}
        """)

    func product() throws -> FunctionInvocation {
        try apis.invocation(
            "GET", "/products/boot%2042?color=red&size=9&size=10",
            headers: [("Host", "api.example.com"), ("User-Agent", "Mozilla/5.0"), ("Accept", "text/html"),
                      ("accept", "application/json"), ("Cookie", "session=abc; theme=dark"), ("Cookie", "ab=test")])
    }

    @Test func theVersion2EventCarriesRouteKeyRawPathAndRawQuery() throws {
        let event = try product().httpEvent()
        #expect(event.version == "2.0")
        #expect(event.routeKey == "GET /products/{sku}")
        #expect(event.rawPath == "/products/boot%2042")
        #expect(event.rawQueryString == "color=red&size=9&size=10")
        #expect(event.pathParameters == ["sku": "boot 42"])
        #expect(event.queryStringParameters == ["color": "red", "size": "9,10"])
        #expect(event.body == nil)
        #expect(!event.isBase64Encoded)
    }

    @Test func headersAreLowercasedAndJoinedAndCookiesMoveToTheirOwnList() throws {
        let event = try product().httpEvent()
        #expect(event.headers["accept"] == "text/html,application/json")
        #expect(event.headers["host"] == "api.example.com")
        #expect(event.headers["cookie"] == nil)
        #expect(event.headers.keys.allSatisfy { $0 == $0.lowercased() })
        #expect(event.cookies == ["session=abc", "theme=dark", "ab=test"])
        #expect(event.headers["x-forwarded-for"] == "203.0.113.7")
    }

    @Test func theRequestContextIsFilledAsHTTPAPIsFillIt() throws {
        let invocation = try product()
        let context = try invocation.httpEvent().requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.apiId == invocation.api.apiId)
        #expect(context.domainName == "api.example.com")
        #expect(context.domainPrefix == "api")
        #expect(context.http.method == "GET")
        #expect(context.http.path == "/products/boot%2042")
        #expect(context.http.protocol == "HTTP/1.1")
        #expect(context.http.sourceIp == "203.0.113.7")
        #expect(context.http.userAgent == "Mozilla/5.0")
        #expect(context.requestId == requestID)
        #expect(context.routeKey == "GET /products/{sku}")
        #expect(context.stage == "$default")
        #expect(context.time == "21/Nov/2026:17:05:56 +0000")
        #expect(context.timeEpoch == 1_795_280_756_789)
        #expect(context.authorizer == nil)
    }

    @Test func emptyMembersAreLeftOut() throws {
        let json = try apis.invocation("POST", "/pay").json()
        #expect(json["cookies"] == nil)
        #expect(json["queryStringParameters"] == nil)
        #expect(json["pathParameters"] == nil)
        #expect(json["body"] == nil)
        #expect(json["rawQueryString"] as? String == "")
    }

    @Test func aNamedStageIsPartOfRawPathAndItsVariablesAreSent() throws {
        let event = try apis.invocation("POST", "/pay", body: Array("{}".utf8)).httpEvent()
        #expect(event.rawPath == "/beta/pay")
        #expect(event.requestContext.http.path == "/beta/pay")
        #expect(event.requestContext.stage == "beta")
        #expect(event.stageVariables == ["flags": "new-checkout"])
    }

    @Test func payloadFormatVersion1GivesTheRESTShapeWithAVersion() throws {
        let invocation = try apis.invocation("GET", "/legacy?a=1&a=2", headers: [("X-Thing", "1"), ("x-thing", "2")])
        let event = try invocation.restEvent()
        #expect(event.version == "1.0")
        #expect(event.resource == "/legacy")
        #expect(event.path == "/legacy")
        #expect(event.httpMethod == "GET")
        #expect(event.headers["X-Thing"] == "2")
        #expect(event.multiValueHeaders["X-Thing"] == ["1", "2"])
        #expect(event.multiValueQueryStringParameters == ["a": ["1", "2"]])
        #expect(event.queryStringParameters == ["a": "2"])
        #expect(event.requestContext.stage == "$default")
        #expect(event.requestContext.resourceId == "GET /legacy")
        #expect(event.requestContext.path == "/legacy")
        let identity = try #require((try invocation.json()["requestContext"] as? [String: Any])?["identity"] as? [String: Any])
        #expect(identity["caller"] is NSNull)
    }

    @Test func payloadFormatVersion1OnANamedStagePutsTheStageInBothPaths() throws {
        let event = try apis.invocation("POST", "/old-pay").restEvent()
        #expect(event.path == "/beta/old-pay")
        #expect(event.requestContext.path == "/beta/old-pay")
        #expect(event.requestContext.stage == "beta")
    }
}

/// Events for a request without a template, as `generate-event` prints them.
@Suite struct SampleRequestEventTests {
    @Test func aRestSampleMatchesItsResourceAndCarriesTheStage() throws {
        let request = ClientRequest(method: "post", target: "/orders/7?expand=lines", headers: [HTTPHeader("Host", "localhost")],
                                    body: Array(#"{"a":1}"#.utf8))
        let bytes = try SampleRequestEvent.json(for: request, apiKind: .rest, stageName: "prod", resourcePath: "/{proxy+}",
                                                requestID: requestID, now: arrival)
        let event = try JSONDecoder().decode(APIGatewayRequest.self, from: Data(bytes))
        #expect(event.resource == "/{proxy+}")
        #expect(event.pathParameters == ["proxy": "orders/7"])
        #expect(event.httpMethod == "POST")
        #expect(event.queryStringParameters == ["expand": "lines"])
        #expect(event.requestContext.path == "/prod/orders/7")
        #expect(event.body == #"{"a":1}"#)
        #expect(event.version == nil)
    }

    @Test func anHttpSampleOnTheDefaultRouteHasNoPathParameters() throws {
        let bytes = try SampleRequestEvent.json(for: ClientRequest(method: "GET", target: "/x"), apiKind: .http,
                                                stageName: "$default", resourcePath: nil, requestID: requestID, now: arrival)
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(bytes))
        #expect(event.routeKey == "$default")
        #expect(event.rawPath == "/x")
        #expect(event.pathParameters.isEmpty)
    }

    @Test func aResourcePathThatIsNotAPathIsAnError() {
        #expect(throws: LocalAPIError.self) {
            try SampleRequestEvent.json(for: ClientRequest(method: "GET", path: "/"), apiKind: .rest, stageName: "prod",
                                        resourcePath: "items", requestID: requestID, now: arrival)
        }
    }
}
