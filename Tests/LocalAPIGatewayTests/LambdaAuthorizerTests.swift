import Foundation
import LambdaEvents
import Testing
@testable import LocalAPIGateway

/// Lambda authorizers: the event each kind gets, the identity checked before it runs, how its
/// answer (policy, simple response, error) decides, what reaches the function, and the cache.
@Suite struct LambdaAuthorizerTests {
    static let rest = """
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              Auth:
                DefaultAuthorizer: Token
                Authorizers:
                  Token:
                    FunctionArn: !GetAtt Check.Arn
                    Identity: {Header: X-Token, ValidationExpression: "^[a-z-]+$", ReauthorizeEvery: 60}
                  Request:
                    FunctionArn: !GetAtt Check.Arn
                    FunctionPayloadType: REQUEST
                    Identity: {QueryStrings: [key], ReauthorizeEvery: 0}
          Check:
            Type: AWS::Serverless::Function
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: "/items/{id}", Method: GET}}
                Delete: {Type: Api, Properties: {RestApiId: !Ref Api, Path: "/items/{id}", Method: DELETE}}
                Search: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /search, Method: GET, Auth: {Authorizer: Request}}}
        """

    static let http = """
        Resources:
          Api:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth:
                DefaultAuthorizer: Simple
                Authorizers:
                  Simple:
                    FunctionArn: !GetAtt Check.Arn
                    AuthorizerPayloadFormatVersion: "2.0"
                    EnableSimpleResponses: true
                    Identity: {Headers: [Authorization], ReauthorizeEvery: 0}
                  Policy:
                    FunctionArn: !GetAtt Check.Arn
                    AuthorizerPayloadFormatVersion: "1.0"
                    Identity: {Headers: [Authorization, X-Tenant], ReauthorizeEvery: 300}
                  Uncached:
                    FunctionArn: !GetAtt Check.Arn
                    AuthorizerPayloadFormatVersion: "2.0"
                    Identity: {Headers: [Authorization]}
          Check:
            Type: AWS::Serverless::Function
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Me: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /me, Method: POST}}
                Old: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /old, Method: GET, Auth: {Authorizer: Policy}}}
                New: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /new, Method: GET, Auth: {Authorizer: Uncached}}}
        """

    static func allow(_ resource: String, effect: String = "Allow", context: String = #"{"user":"ann","level":3,"admin":true}"#) -> [UInt8] {
        Array(#"""
            {"principalId":"ann","policyDocument":{"Version":"2012-10-17","Statement":[{"Action":"execute-api:Invoke","Effect":"\#(effect)","Resource":"\#(resource)"}]},"context":\#(context)}
            """#.utf8)
    }

    /// The authorization a request must wait for; records an issue when it is decided at once.
    func authorization(_ apis: LocalAPIs, _ method: String, _ target: String, headers: [(String, String)] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> LambdaAuthorization {
        guard case .authorize(let authorization) = apis.handle(method, target, headers: headers) else {
            Issue.record("the request did not wait for the authorizer", sourceLocation: sourceLocation)
            throw GatewayTestFailure()
        }
        return authorization
    }

    func event(_ authorization: LambdaAuthorization) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(authorization.event)) as? [String: Any])
    }

    @Test func aTokenAuthorizerGetsTheTokenAndTheMethodARN() throws {
        let apis = try gateway(Self.rest)
        let authorization = try authorization(apis, "GET", "/items/42", headers: [("X-Token", "let-me-in")])
        #expect(authorization.functionLogicalId == "Check")
        let event = try event(authorization)
        let apiId = try #require(apis.api("Api")?.apiId)
        #expect(event.count == 3)
        #expect(event["type"] as? String == "TOKEN")
        #expect(event["authorizationToken"] as? String == "let-me-in")
        #expect(event["methodArn"] as? String == "arn:aws:execute-api:us-east-1:123456789012:\(apiId)/prod/GET/items/42")
    }

    @Test func aMissingOrInvalidTokenIs401WithoutRunningTheAuthorizer() throws {
        let apis = try gateway(Self.rest)
        for headers in [[], [("X-Token", "  ")], [("X-Token", "Has Capitals")]] {
            let response = try apis.immediate("GET", "/items/1", headers: headers)
            #expect(response.status == 401)
            #expect(response.message == "Unauthorized")
        }
    }

    @Test func anAllowingPolicyPassesThePrincipalAndContextAsStringsToARESTFunction() throws {
        let apis = try gateway(Self.rest)
        let authorization = try authorization(apis, "GET", "/items/7", headers: [("X-Token", "ann")])
        let answer = Self.allow(authorization.methodARN, context: #"{"user":"ann","level":3,"admin":true,"ratio":0.5,"none":null}"#)
        guard case .invoke(let invocation) = apis.resume(authorization, with: .response(answer)) else {
            Issue.record("the function was not invoked")
            return
        }
        let context = try #require(try invocation.json()["requestContext"] as? [String: Any])
        let authorizer = try #require(context["authorizer"] as? [String: Any])
        #expect(authorizer["principalId"] as? String == "ann")
        #expect(authorizer["user"] as? String == "ann")
        #expect(authorizer["level"] as? String == "3")
        #expect(authorizer["admin"] as? String == "true")
        #expect(authorizer["ratio"] as? String == "0.5")
        #expect(authorizer["none"] == nil)
        #expect(authorizer["integrationLatency"] as? Int == 0)
        #expect(try invocation.restEvent().pathParameters == ["id": "7"])
    }

    @Test func aPolicyIsKeptForTheTokenAndCheckedAgainstEachMethod() throws {
        let apis = try gateway(Self.rest)
        let first = try authorization(apis, "GET", "/items/1", headers: [("X-Token", "ann")])
        // Allows reading any item, denies nothing; cached for the token.
        let policy = Self.allow("arn:aws:execute-api:*:*:*/prod/GET/items/*")
        guard case .invoke = apis.resume(first, with: .response(policy)) else {
            Issue.record("the first request was not let through")
            return
        }
        _ = try apis.invocation("GET", "/items/2", headers: [("X-Token", "ann")])
        let delete = try apis.immediate("DELETE", "/items/2", headers: [("X-Token", "ann")])
        #expect(delete.status == 403)
        #expect(String(decoding: delete.body, as: UTF8.self) == #"{"Message":"User is not authorized to access this resource"}"#)
        // Another token is another caller.
        _ = try authorization(apis, "GET", "/items/2", headers: [("X-Token", "bob")])
    }

    @Test func aDenyingPolicyIsAnExplicitDeny() throws {
        let apis = try gateway(Self.rest)
        let authorization = try authorization(apis, "GET", "/items/1", headers: [("X-Token", "eve")])
        let both = Array(#"""
            {"principalId":"eve","policyDocument":{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"},{"Action":["execute-api:Invoke"],"Effect":"Deny","Resource":["\#(authorization.methodARN)"]}]}}
            """#.utf8)
        guard case .respond(let response, let reason) = apis.resume(authorization, with: .response(both)) else {
            Issue.record("the function was invoked")
            return
        }
        #expect(response.status == 403)
        #expect(String(decoding: response.body, as: UTF8.self)
                == #"{"Message":"User is not authorized to access this resource with an explicit deny"}"#)
        #expect(reason.contains("denies"))
        #expect(response.headers.contains { $0.name == "x-amzn-RequestId" })
    }

    @Test func errorsTimeoutsAndUnusableAnswersAre401Or500() throws {
        let apis = try gateway(Self.rest)
        func status(_ result: InvocationResult, token: String) throws -> (Int, String) {
            let authorization = try authorization(apis, "GET", "/items/1", headers: [("X-Token", token)])
            guard case .respond(let response, _) = apis.resume(authorization, with: result) else {
                Issue.record("the function was invoked for \(token)")
                return (0, "")
            }
            return (response.status, String(decoding: response.body, as: UTF8.self))
        }
        #expect(try status(.functionError("Exception: Unauthorized"), token: "a") == (401, #"{"message":"Unauthorized"}"#))
        #expect(try status(.functionError("Unauthorized"), token: "b") == (401, #"{"message":"Unauthorized"}"#))
        #expect(try status(.functionError("Exception: no database"), token: "c") == (500, #"{"message":null}"#))
        #expect(try status(.timedOut, token: "d") == (500, #"{"message":null}"#))
        let unusable = ["", "not json", #"{"principalId":"x"}"#, #"{"policyDocument":{"Statement":[]}}"#,
                        #"{"principalId":"x","policyDocument":{"Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}}"#,
                        #"{"principalId":"x","policyDocument":{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]},"context":{"nested":{"a":1}}}"#,
                        #"{"principalId":"x","policyDocument":{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]},"context":[1]}"#]
        for (index, answer) in unusable.enumerated() {
            #expect(try status(.response(Array(answer.utf8)), token: "bad-\(String(repeating: "z", count: index + 1))")
                    == (500, #"{"message":null}"#), "\(answer)")
        }
        // Nothing unusable was kept: the same caller runs the authorizer again.
        _ = try authorization(apis, "GET", "/items/1", headers: [("X-Token", "bad-z")])
    }

    @Test func aRequestAuthorizerGetsTheRequestWithoutItsBody() throws {
        let apis = try gateway(Self.rest)
        #expect(try apis.immediate("GET", "/search").status == 401)
        let authorization = try authorization(apis, "GET", "/search?key=k1&q=shoes", headers: [("X-Extra", "1")])
        let event = try event(authorization)
        #expect(event["type"] as? String == "REQUEST")
        #expect((event["methodArn"] as? String)?.hasSuffix("/prod/GET/search") == true)
        #expect(event["resource"] as? String == "/search")
        #expect((event["queryStringParameters"] as? [String: String]) == ["key": "k1", "q": "shoes"])
        #expect((event["headers"] as? [String: String])?["X-Extra"] == "1")
        #expect(event["body"] == nil)
        #expect(event["isBase64Encoded"] == nil)
        // ReauthorizeEvery: 0 keeps nothing.
        _ = apis.resume(authorization, with: .response(Self.allow("*")))
        _ = try self.authorization(apis, "GET", "/search?key=k1")
    }

    @Test func anHTTPAPISimpleAuthorizerGetsFormatTwoAndPassesItsContextUnderLambda() throws {
        let apis = try gateway(Self.http)
        #expect(try apis.immediate("POST", "/me").status == 401)
        let authorization = try authorization(apis, "POST", "/me?x=1", headers: [("Authorization", "tok"), ("Cookie", "a=b")])
        let event = try event(authorization)
        let apiId = try #require(apis.api("Api")?.apiId)
        #expect(event["version"] as? String == "2.0")
        #expect(event["type"] as? String == "REQUEST")
        #expect(event["routeArn"] as? String == "arn:aws:execute-api:us-east-1:123456789012:\(apiId)/$default/POST/me")
        #expect(event["identitySource"] as? [String] == ["tok"])
        #expect(event["routeKey"] as? String == "POST /me")
        #expect(event["cookies"] as? [String] == ["a=b"])
        #expect(event["body"] == nil)

        let yes = Array(#"{"isAuthorized":true,"context":{"tenant":"t1","roles":["reader"],"limits":{"rate":5}}}"#.utf8)
        guard case .invoke(let invocation) = apis.resume(authorization, with: .response(yes)) else {
            Issue.record("the function was not invoked")
            return
        }
        let lambda = try #require(try invocation.httpEvent().requestContext.authorizer?.lambda)
        #expect(lambda == .object(["tenant": .string("t1"), "roles": .array([.string("reader")]),
                                   "limits": .object(["rate": .number(5)])]))

        let again = try self.authorization(apis, "POST", "/me", headers: [("Authorization", "tok")])
        guard case .respond(let refused, _) = apis.resume(again, with: .response(Array(#"{"isAuthorized":false}"#.utf8))) else {
            Issue.record("the function was invoked")
            return
        }
        #expect(refused.status == 403)
        #expect(refused.message == "Forbidden")
        #expect(refused.headers.contains { $0.name == "apigw-requestid" })
        // An HTTP API's authorizer failure is its own 500.
        guard case .respond(let failed, _) = apis.resume(again, with: .functionError("Error: boom")) else { return }
        #expect(failed.status == 500)
        #expect(failed.message == "Internal Server Error")
    }

    @Test func anHTTPAPIFormatOneAuthorizerJoinsItsIdentitySourcesAndMayAnswerAPolicy() throws {
        let apis = try gateway(Self.http)
        #expect(try apis.immediate("GET", "/old", headers: [("Authorization", "tok")]).status == 401)
        let authorization = try authorization(apis, "GET", "/old", headers: [("Authorization", "tok"), ("X-Tenant", "t9")])
        let event = try event(authorization)
        #expect(event["version"] as? String == "1.0")
        #expect(event["type"] as? String == "REQUEST")
        #expect(event["identitySource"] as? String == "tok,t9")
        #expect(event["authorizationToken"] as? String == "tok,t9")
        #expect((event["methodArn"] as? String)?.hasSuffix("/$default/GET/old") == true)
        guard case .invoke(let invocation) = apis.resume(authorization, with: .response(Self.allow("*", context: #"{"tier":"gold"}"#))) else {
            Issue.record("the function was not invoked")
            return
        }
        let context = try #require(try invocation.json()["requestContext"] as? [String: Any])
        #expect((context["authorizer"] as? [String: Any])?["lambda"] as? [String: String] == ["tier": "gold"])
        // ReauthorizeEvery keeps the answer for the same pair of values.
        _ = try apis.invocation("GET", "/old", headers: [("Authorization", "tok"), ("X-Tenant", "t9")])
        _ = try self.authorization(apis, "GET", "/old", headers: [("Authorization", "tok"), ("X-Tenant", "t8")])
    }

    @Test func anHTTPAPIAuthorizerKeepsNothingUnlessToldTo() throws {
        let apis = try gateway(Self.http)
        let first = try authorization(apis, "GET", "/new", headers: [("Authorization", "tok")])
        _ = apis.resume(first, with: .response(Self.allow("*")))
        _ = try authorization(apis, "GET", "/new", headers: [("Authorization", "tok")])
    }

    @Test func keptAnswersExpire() throws {
        let apis = try gateway(Self.rest)
        let first = try authorization(apis, "GET", "/items/1", headers: [("X-Token", "ann")])
        _ = apis.resume(first, with: .response(Self.allow("*")))
        let later = arrival.addingTimeInterval(59)
        guard case .invoke = apis.handle("GET", "/items/1", headers: [("X-Token", "ann")], at: later) else {
            Issue.record("the answer was not kept for ReauthorizeEvery")
            return
        }
        guard case .authorize = apis.handle("GET", "/items/1", headers: [("X-Token", "ann")], at: arrival.addingTimeInterval(61)) else {
            Issue.record("the answer was kept past ReauthorizeEvery")
            return
        }
    }

    @Test func settingsSAMWouldRejectAreNamed() throws {
        func error(_ authorizer: String, kind: String = "Api") throws -> String {
            let event = kind == "Api" ? "Type: Api, Properties: {RestApiId: !Ref Api, Path: /x, Method: GET}"
                : "Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /x, Method: GET}"
            return try readingError("""
                Resources:
                  Api:
                    Type: AWS::Serverless::\(kind)
                    Properties:
                      StageName: prod
                      Auth:
                        DefaultAuthorizer: A
                        Authorizers:
                          A: {FunctionArn: !GetAtt Check.Arn, \(authorizer)}
                  Check:
                    Type: AWS::Serverless::Function
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Get: {\(event)}
                """)
        }
        #expect(try error("FunctionPayloadType: COOKIE").contains("FunctionPayloadType COOKIE is not TOKEN or REQUEST"))
        #expect(try error("Identity: {ValidationExpression: \"([a-z\"}").contains("is not a regular expression"))
        #expect(try error("Identity: {ReauthorizeEvery: 9000}").contains("ReauthorizeEvery 9000"))
        #expect(try error("AuthorizerPayloadFormatVersion: \"3.0\"", kind: "HttpApi").contains("is not 1.0 or 2.0"))
        #expect(try error("AuthorizerPayloadFormatVersion: \"1.0\", EnableSimpleResponses: true", kind: "HttpApi")
                    .contains("EnableSimpleResponses needs AuthorizerPayloadFormatVersion 2.0"))
    }

    @Test func anAuthorizerWhoseFunctionIsNotInTheTemplateLetsRequestsThroughWithAWarning() throws {
        let apis = try gateway("""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Elsewhere
                    Authorizers:
                      Elsewhere: {FunctionArn: "arn:aws:lambda:eu-west-1:999999999999:function:shared-auth", AuthorizerPayloadFormatVersion: "2.0"}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /x, Method: GET}}
            """)
        #expect(apis.warnings.contains { $0.contains("Lambda authorizer Elsewhere of API Api names a function that is not in the template") })
        let invocation = try apis.invocation("GET", "/x")
        #expect(invocation.warnings.first?.contains("arn:aws:lambda:eu-west-1:999999999999:function:shared-auth") == true)
    }
}
