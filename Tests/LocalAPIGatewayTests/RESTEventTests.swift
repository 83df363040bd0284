import Foundation
import Testing
@testable import LocalAPIGateway

/// The payload 1.0 event a REST API sends, member by member.
@Suite struct RESTEventTests {
    let apis = try! gateway("""
        Resources:
          ShopApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Variables: {table: carts}
          Carts:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                AddLine: {Type: Api, Properties: {RestApiId: !Ref ShopApi, Path: "/carts/{cartId}/lines", Method: POST}}
                Read: {Type: Api, Properties: {RestApiId: !Ref ShopApi, Path: /carts, Method: GET}}
        """)

    func addLine() throws -> FunctionInvocation {
        try apis.invocation(
            "POST", "/carts/c-1/lines?coupon=WINTER&tag=a&tag=b%20c&flag",
            headers: [("Host", "shop.example.com:3000"), ("Content-Type", "application/json"),
                      ("X-Trace", "one"), ("x-trace", "two"), ("User-Agent", "curl/8.5.0"),
                      ("Cookie", "session=abc; theme=dark")],
            body: Array(#"{"sku":"boot-42","quantity":2}"#.utf8))
    }

    @Test func theRequestLinePathAndParametersAreAsAPIGatewaySendsThem() throws {
        let invocation = try addLine()
        #expect(invocation.functionLogicalId == "Carts")
        let event = try invocation.restEvent()
        #expect(event.version == nil)
        #expect(event.resource == "/carts/{cartId}/lines")
        #expect(event.path == "/carts/c-1/lines")
        #expect(event.httpMethod == "POST")
        #expect(event.pathParameters == ["cartId": "c-1"])
        #expect(event.queryStringParameters == ["coupon": "WINTER", "tag": "b c", "flag": ""])
        #expect(event.multiValueQueryStringParameters == ["coupon": ["WINTER"], "tag": ["a", "b c"], "flag": [""]])
        #expect(event.stageVariables == ["table": "carts"])
        #expect(event.body == #"{"sku":"boot-42","quantity":2}"#)
        #expect(!event.isBase64Encoded)
    }

    @Test func headersKeepTheClientsCaseWithTheLastValueAndEveryValue() throws {
        let event = try addLine().restEvent()
        #expect(event.headers["X-Trace"] == "two")
        #expect(event.multiValueHeaders["X-Trace"] == ["one", "two"])
        #expect(event.headers["x-trace"] == nil)
        #expect(event.headers["Cookie"] == "session=abc; theme=dark")
        #expect(event.headers["Host"] == "shop.example.com:3000")
        #expect(event.headers["X-Forwarded-For"] == "203.0.113.7")
        #expect(event.headers["X-Forwarded-Proto"] == "http")
    }

    @Test func theRequestContextIsFilledAsAPIGatewayFillsIt() throws {
        let invocation = try addLine()
        let context = try invocation.restEvent().requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.apiId == invocation.api.apiId)
        #expect(context.resourceId?.count == 6)
        #expect(context.stage == "Prod")
        #expect(context.requestId == requestID)
        #expect(context.extendedRequestId?.count == 16)
        #expect(context.requestTime == "21/Nov/2026:17:05:56 +0000")
        #expect(context.requestTimeEpoch == 1_795_280_756_789)
        #expect(context.path == "/Prod/carts/c-1/lines")
        #expect(context.protocol == "HTTP/1.1")
        #expect(context.httpMethod == "POST")
        #expect(context.resourcePath == "/carts/{cartId}/lines")
        #expect(context.domainName == "shop.example.com:3000")
        #expect(context.domainPrefix == "shop")
        #expect(context.identity.sourceIp == "203.0.113.7")
        #expect(context.identity.userAgent == "curl/8.5.0")
        #expect(context.authorizer == nil)
    }

    @Test func theIdentityMembersAPIGatewayKnowsNothingOfAreNull() throws {
        let json = try addLine().json()
        let context = try #require(json["requestContext"] as? [String: Any])
        let identity = try #require(context["identity"] as? [String: Any])
        for member in ["accessKey", "accountId", "caller", "cognitoIdentityId", "cognitoIdentityPoolId", "user", "userArn",
                       "cognitoAuthenticationType", "cognitoAuthenticationProvider", "principalOrgId", "apiKey"] {
            #expect(identity[member] is NSNull, "identity.\(member)")
        }
        #expect(identity["sourceIp"] as? String == "203.0.113.7")
        #expect(json["version"] == nil)
    }

    @Test func emptyMapsAndAMissingBodyAreNull() throws {
        let invocation = try apis.invocation("GET", "/carts", headers: [("Host", "localhost:3000")])
        let json = try invocation.json()
        #expect(json["queryStringParameters"] is NSNull)
        #expect(json["multiValueQueryStringParameters"] is NSNull)
        #expect(json["pathParameters"] is NSNull)
        #expect(json["body"] is NSNull)
        #expect(json["isBase64Encoded"] as? Bool == false)
        let identity = (json["requestContext"] as? [String: Any])?["identity"] as? [String: Any]
        #expect(identity?["userAgent"] is NSNull)
    }

    @Test func withoutAHostTheDomainIsLocalhostAndTheEventStillDecodes() throws {
        let event = try apis.invocation("GET", "/carts").restEvent()
        #expect(event.requestContext.domainName == "localhost")
        #expect(event.requestContext.domainPrefix == "localhost")
        #expect(event.headers.keys.sorted() == ["X-Forwarded-For", "X-Forwarded-Proto"])
    }

    @Test func aForwardedForHeaderGetsTheClientAddressAppended() throws {
        let event = try apis.invocation("GET", "/carts", headers: [("X-Forwarded-For", "198.51.100.1")]).restEvent()
        #expect(event.headers["X-Forwarded-For"] == "198.51.100.1, 203.0.113.7")
    }
}
