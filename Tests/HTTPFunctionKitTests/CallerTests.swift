import HTTPFunctionKit
import LambdaEvents
import Testing

@Suite struct CallerTests {
    func request(claims: [String: String]? = nil, query: [String: String] = [:]) -> APIGatewayV2Request {
        APIGatewayV2Request(
            routeKey: "POST /stream/start", rawPath: "/stream/start", queryStringParameters: query,
            requestContext: .init(
                accountId: "123456789012", apiId: "api", domainName: "localhost", domainPrefix: "localhost",
                http: .init(method: "POST", path: "/stream/start", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test"),
                requestId: "r", routeKey: "POST /stream/start", stage: "$default", time: "t", timeEpoch: 0,
                authorizer: claims.map { .init(jwt: .init(claims: $0)) }))
    }

    @Test func authorizerSubjectWinsOverTheBody() throws {
        #expect(try Caller.userId(of: request(claims: ["sub": "alice"]), claimedUserId: "mallory") == "alice")
        #expect(Caller.isAuthorized(request(claims: ["sub": "alice"])))
    }

    @Test func anAuthorizerWithoutASubjectIsRefusedNotTrustedToTheBody() throws {
        let refusal = APIProblem.forbidden("the route's authorizer names no subject (sub) for the caller")
        for claims in [[:], ["sub": ""], ["email": "alice@example.com"]] {
            #expect(throws: refusal) { try Caller.userId(of: request(claims: claims), claimedUserId: "mallory") }
            #expect(throws: refusal) { try Caller.authorizerSubject(of: request(claims: claims)) }
            #expect(Caller.isAuthorized(request(claims: claims)))
        }
    }

    @Test func withoutAnAuthorizerTheBodyOrQueryNamesTheUser() throws {
        #expect(try Caller.userId(of: request(), claimedUserId: "bob") == "bob")
        #expect(try Caller.userId(of: request(query: ["userId": "carol"])) == "carol")
        #expect(!Caller.isAuthorized(request()))
    }

    @Test func aMissingOrEmptyUserIsABadRequest() {
        #expect(throws: APIProblem.badRequest("userId is required")) { try Caller.userId(of: request()) }
        #expect(throws: APIProblem.self) { try Caller.userId(of: request(), claimedUserId: "") }
    }

    @Test func aUserIdOfWhiteSpaceAloneIsABadRequest() throws {
        let blank = APIProblem.badRequest("userId must not be blank")
        #expect(throws: blank) { try Caller.userId(of: request(), claimedUserId: " \t\n") }
        #expect(throws: blank) { try Caller.userId(of: request(query: ["userId": "   "])) }
        #expect(throws: blank) { try Caller.userId(of: request(), claimedUserId: "\u{00A0}\u{2003}") }
        // White space around a name is the caller's to choose; only an id of nothing else is refused.
        #expect(try Caller.userId(of: request(), claimedUserId: " bob") == " bob")
    }
}
