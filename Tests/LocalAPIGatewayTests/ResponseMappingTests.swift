import Foundation
import Testing
@testable import LocalAPIGateway

/// Turning a function's answer into the HTTP response, for both payload versions.
@Suite struct ResponseMappingTests {
    let apis = try! gateway("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Rest: {Type: Api, Properties: {Path: /rest, Method: GET}}
                HttpV2: {Type: HttpApi, Properties: {Path: /v2, Method: GET}}
                HttpV1: {Type: HttpApi, Properties: {Path: /v1, Method: GET, PayloadFormatVersion: "1.0"}}
        """)

    func rest() throws -> FunctionInvocation { try apis.invocation("GET", "/rest") }
    func v2() throws -> FunctionInvocation { try apis.invocation("GET", "/v2") }
    func v1() throws -> FunctionInvocation { try apis.invocation("GET", "/v1") }

    @Test func aVersion1AnswerAppliesStatusHeadersAndMultiValueHeaders() throws {
        let mapped = try apis.answer("""
            {"statusCode": 201, "headers": {"Content-Type": "text/html", "X-One": "1", "X-Number": 7},
             "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"], "X-One": ["1", "uno"]},
             "body": "<p>made</p>", "isBase64Encoded": false}
            """, to: rest())
        #expect(mapped.problem == nil)
        #expect(mapped.response.status == 201)
        #expect(mapped.response.headers.values(of: "Set-Cookie") == ["a=1", "b=2"])
        #expect(mapped.response.headers.values(of: "X-One") == ["1", "uno"])
        #expect(mapped.response.headers.value(of: "X-Number") == "7")
        #expect(mapped.response.headers.values(of: "Content-Type") == ["text/html"])
        #expect(mapped.response.bodyText == "<p>made</p>")
        #expect(mapped.response.headers.value(of: "x-amzn-RequestId") == requestID)
    }

    @Test func aVersion1AnswerWithoutContentTypeGetsRESTsDefault() throws {
        let mapped = try apis.answer(#"{"statusCode": 204}"#, to: rest())
        #expect(mapped.response.status == 204)
        #expect(mapped.response.headers.value(of: "Content-Type") == "application/json")
        #expect(mapped.response.body.isEmpty)
    }

    @Test func aBase64BodyIsDecoded() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00]
        for invocation in [try rest(), try v2(), try v1()] {
            let mapped = apis.answer("""
                {"statusCode": 200, "headers": {"Content-Type": "image/png"}, "body": "\(Data(png).base64EncodedString())",
                 "isBase64Encoded": true}
                """, to: invocation)
            #expect(mapped.response.body == png, "\(invocation.route.routeKey)")
        }
    }

    @Test func aVersion2ObjectWithStatusCodeIsStructuredAndCookiesBecomeSetCookieHeaders() throws {
        let mapped = try apis.answer("""
            {"statusCode": 302, "headers": {"Location": "/login", "X-Many": "a,b"}, "cookies": ["s=1; HttpOnly", "t=2"],
             "body": "moved"}
            """, to: v2())
        #expect(mapped.problem == nil)
        #expect(mapped.response.status == 302)
        #expect(mapped.response.headers.value(of: "Location") == "/login")
        #expect(mapped.response.headers.value(of: "X-Many") == "a,b")
        #expect(mapped.response.headers.values(of: "Set-Cookie") == ["s=1; HttpOnly", "t=2"])
        #expect(mapped.response.headers.value(of: "Content-Type") == "text/plain; charset=utf-8")
        #expect(mapped.response.bodyText == "moved")
        #expect(mapped.response.headers.value(of: "apigw-requestid") == requestID)
    }

    @Test func anyOtherVersion2JSONIsTheBodyOfA200JSONResponse() throws {
        for answer in [#"{"items": [1, 2]}"#, "[1,2,3]", #""just text""#, "42", "true", "null"] {
            let mapped = try apis.answer(answer, to: v2())
            #expect(mapped.problem == nil, "\(answer)")
            #expect(mapped.response.status == 200, "\(answer)")
            #expect(mapped.response.headers.value(of: "Content-Type") == "application/json", "\(answer)")
            #expect(mapped.response.bodyText == answer, "\(answer)")
        }
    }

    @Test func version1NeedsAnObjectWithAStatusCode() throws {
        for answer in [#"{"items": [1]}"#, "[1]", #""ok""#, #"{"statusCode": "200"}"#, #"{"statusCode": 200.5}"#,
                       #"{"statusCode": 99}"#, #"{"statusCode": 600}"#, #"{"statusCode": null}"#] {
            for invocation in [try rest(), try v1()] {
                let mapped = apis.answer(answer, to: invocation)
                #expect(mapped.response.status == 502, "\(answer)")
                #expect(mapped.response.message == "Internal server error", "\(answer)")
                #expect(mapped.problem?.contains("payload 1.0") == true, "\(answer)")
            }
        }
    }

    @Test func aRestAPIRefusesUnknownMembersAndAnHttpAPIIgnoresThem() throws {
        let answer = #"{"statusCode": 200, "body": "x", "extra": true}"#
        let rest = apis.answer(answer, to: try rest())
        #expect(rest.response.status == 502)
        #expect(rest.problem?.contains("'extra'") == true)
        let http = apis.answer(answer, to: try v1())
        #expect(http.response.status == 200)
        #expect(http.response.bodyText == "x")
    }

    @Test func malformedMembersAreRefusedWithAReason() throws {
        let cases = [
            (#"{"statusCode": 200, "body": {"not": "a string"}}"#, "body is not a string"),
            (#"{"statusCode": 200, "headers": ["x"]}"#, "headers is not an object"),
            (#"{"statusCode": 200, "headers": {"X": {"a": 1}}}"#, "header X is not a string"),
            (#"{"statusCode": 200, "multiValueHeaders": {"X": "a"}}"#, "multiValueHeaders.X is not a list"),
            (#"{"statusCode": 200, "isBase64Encoded": "yes"}"#, "isBase64Encoded is not a boolean"),
            (#"{"statusCode": 200, "body": "%%%", "isBase64Encoded": true}"#, "not base64"),
        ]
        for (answer, reason) in cases {
            let mapped = apis.answer(answer, to: try rest())
            #expect(mapped.response.status == 502, "\(answer)")
            #expect(mapped.problem?.contains(reason) == true, "\(answer): \(mapped.problem ?? "")")
        }
        let cookies = apis.answer(#"{"statusCode": 200, "cookies": "a=1"}"#, to: try v2())
        #expect(cookies.response.status == 502)
        #expect(cookies.problem?.contains("cookies is not a list") == true)
    }

    @Test func functionErrorsAndTimeoutsAre502WithTheReasonForTheLog() throws {
        let failed = apis.response(for: .functionError("Runtime.ExitError"), to: try rest())
        #expect(failed.response.status == 502)
        #expect(failed.response.message == "Internal server error")
        #expect(failed.problem?.contains("Runtime.ExitError") == true)
        let slow = apis.response(for: .timedOut, to: try v2())
        #expect(slow.response.status == 502)
        #expect(slow.problem?.contains("timed out") == true)
        #expect(slow.response.headers.value(of: "apigw-requestid") == requestID)
    }

    @Test func framingHeadersAreRenamedAndHeadersThatWouldSplitTheResponseAreDropped() throws {
        let mapped = try apis.answer("""
            {"statusCode": 200, "headers": {"Content-Length": "999", "Transfer-Encoding": "chunked",
             "X-Evil": "a\\r\\nInjected: yes", "Bad Name": "x", "X-Fine": "ok"}, "body": "hi"}
            """, to: rest())
        #expect(mapped.response.status == 200)
        #expect(mapped.response.headers.value(of: "Content-Length") == nil)
        #expect(mapped.response.headers.value(of: "X-Amzn-Remapped-Content-Length") == "999")
        #expect(mapped.response.headers.value(of: "Transfer-Encoding") == nil)
        #expect(mapped.response.headers.value(of: "X-Evil") == nil)
        #expect(mapped.response.headers.value(of: "Injected") == nil)
        #expect(mapped.response.headers.value(of: "Bad Name") == nil)
        #expect(mapped.response.headers.value(of: "X-Fine") == "ok")
    }
}
