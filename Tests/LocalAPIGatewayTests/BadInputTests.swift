import Foundation
import Testing
import TestSupport
@testable import LocalAPIGateway

/// Nothing a client or a function sends can crash the gateway: odd requests get an answer, odd
/// function output gets a 502.
@Suite struct BadInputTests {
    let apis = try! gateway("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Rest: {Type: Api, Properties: {Path: "/rest/{id}", Method: GET}}
                RestProxy: {Type: Api, Properties: {Path: "/files/{proxy+}", Method: ANY}}
                Http: {Type: HttpApi, Properties: {Path: "/http/{id}", Method: GET}}
                HttpV1: {Type: HttpApi, Properties: {Path: "/v1/{id}", Method: GET, PayloadFormatVersion: "1.0"}}
        """)

    @Test func oddPathsGetAnAnswerAndUndecodableEscapesStayAsWritten() throws {
        let odd = ["", "*", "http://example.com/rest/1", "//", "///rest///1///", "/%", "/%zz", "/rest/%zz",
                   "/rest/%", "/rest/%C3", "/rest/%00", "/rest/a%2", "/files/%FF%FE", "/rest/ü", "/rest/😀",
                   "/" + String(repeating: "a/", count: 20_000), "/rest/" + String(repeating: "x", count: 100_000)]
        for path in odd {
            switch apis.handle(ClientRequest(method: "GET", path: path), requestID: requestID, now: arrival) {
            case .respond(let response, _):
                #expect([403, 404].contains(response.status), "\(path.prefix(40))")
            case .invoke(let invocation):
                #expect(!invocation.event.isEmpty)
            case .authorize:
                Issue.record("no route here has a Lambda authorizer")
            }
        }
        #expect(try apis.invocation("GET", "/rest/%zz").restEvent().pathParameters == ["id": "%zz"])
        #expect(try apis.invocation("GET", "/rest/%C3").restEvent().pathParameters == ["id": "%C3"])
        #expect(try apis.invocation("GET", "/rest/%00").restEvent().pathParameters == ["id": "\0"])
        #expect(try apis.invocation("GET", "/http/%FF").httpEvent().pathParameters == ["id": "%FF"])
    }

    @Test func oddQueryStringsHeadersAndMethodsAreCarriedAsTheyCome() throws {
        let event = try apis.invocation("GET", "/v1/1?&&=x&a=%zz&b&c==&d=1=2&e=%E2%82%AC&f=a+b",
                                        headers: [("", "empty name"), ("X-Empty", ""), ("X-Ü", "ünïcode"),
                                                  ("Host", "a"), ("host", "b")]).restEvent()
        #expect(event.queryStringParameters == ["a": "%zz", "b": "", "c": "=", "d": "1=2", "e": "€", "f": "a+b"])
        #expect(event.headers["X-Empty"] == "")
        #expect(event.headers["X-Ü"] == "ünïcode")
        #expect(event.multiValueHeaders["Host"] == ["a", "b"])

        for method in ["", "G E T", "BREW", "get\r\n"] {
            let decision = apis.handle(method, "/rest/1")
            guard case .respond(let response, _) = decision else {
                Issue.record("\(method) reached a function")
                continue
            }
            #expect(response.status == 403)
        }
    }

    @Test func garbageFromTheFunctionIsA502ForEveryPayloadVersion() throws {
        let invocations = [try apis.invocation("GET", "/rest/1"), try apis.invocation("GET", "/http/1"),
                           try apis.invocation("GET", "/v1/1")]
        let garbage: [[UInt8]] = [
            [], Array("not json".utf8), [0xFF, 0xFE, 0x00, 0x7B], Array("{\"statusCode\":".utf8),
            Array("{\"statusCode\": 200, \"body\": \"\u{1}\"".utf8), Array(repeating: UInt8(ascii: "["), count: 100_000),
            Array("{\"statusCode\": 1e400}".utf8), Array("{\"statusCode\": -200}".utf8),
            Array("{\"statusCode\": 9223372036854775808}".utf8),
        ]
        for bytes in garbage {
            for invocation in invocations {
                let mapped = apis.response(for: .response(bytes), to: invocation)
                #expect(mapped.response.status == 502, "\(bytes.prefix(20)) for \(invocation.route.routeKey)")
                #expect(mapped.response.message == "Internal server error")
                #expect(mapped.problem != nil)
            }
        }
    }

    @Test func randomRequestsAlwaysGetADecision() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("/{}%+?&=#.~-_ aZ09ü😀\\\t")
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let target = "/" + String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let body = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let type = ["text/plain", "application/json", "image/png", "", "\u{0}"].randomElement(using: &generator)!
            let decision = apis.handle(["GET", "POST", "OPTIONS"].randomElement(using: &generator)!, target,
                                       headers: [("Content-Type", type), ("Authorization", target)], body: body)
            switch decision {
            case .respond(let response, _): #expect(response.status >= 200)
            case .invoke(let invocation): #expect(invocation.event.first == UInt8(ascii: "{"))
            case .authorize: Issue.record("no route here has a Lambda authorizer")
            }
        }
    }

    @Test func timestampsAreRightAcrossLeapDaysAndBefore1970() {
        #expect(CivilTime(secondsSince1970: 0).commonLogFormat == "01/Jan/1970:00:00:00 +0000")
        #expect(CivilTime(secondsSince1970: 951_782_400).commonLogFormat == "29/Feb/2000:00:00:00 +0000")
        #expect(CivilTime(secondsSince1970: 4_107_542_399).commonLogFormat == "28/Feb/2100:23:59:59 +0000")
        #expect(CivilTime(secondsSince1970: 4_107_542_400).commonLogFormat == "01/Mar/2100:00:00:00 +0000")
        #expect(CivilTime(secondsSince1970: 4_133_980_799).commonLogFormat == "31/Dec/2100:23:59:59 +0000")
        #expect(CivilTime(secondsSince1970: -1).commonLogFormat == "31/Dec/1969:23:59:59 +0000")
        #expect(CivilTime(secondsSince1970: 0).claimDateFormat == "Thu Jan 01 00:00:00 UTC 1970")
        #expect(CivilTime(secondsSince1970: 1_709_164_800).claimDateFormat == "Thu Feb 29 00:00:00 UTC 2024")
    }

    @Test func aTimeFarOutsideTheCalendarStillGivesAnEvent() throws {
        for time in [Date.distantPast, Date.distantFuture, Date(timeIntervalSince1970: .infinity)] {
            let decision = apis.handle("GET", "/http/1", at: time)
            guard case .invoke(let invocation) = decision else {
                Issue.record("no invocation at \(time)")
                continue
            }
            #expect(try invocation.httpEvent().requestContext.time.hasSuffix("+0000"))
        }
    }
}
