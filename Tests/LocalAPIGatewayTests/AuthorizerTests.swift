import Foundation
import TestSupport
import Testing
@testable import LocalAPIGateway

/// JWT and Cognito authorizers, whose tokens are decoded but not verified, and the authorizers that
/// are not emulated.
@Suite struct AuthorizerTests {
    let issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example"
    let future = 1_795_280_756 + 3_600
    let past = 1_795_280_756 - 60

    var http: LocalAPIs {
        get throws {
            try gateway("""
                Resources:
                  Api:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        DefaultAuthorizer: Users
                        Authorizers:
                          Users:
                            IdentitySource: $request.header.Authorization
                            JwtConfiguration:
                              issuer: \(issuer)
                              audience: [web-client, mobile-client]
                          ByQuery:
                            IdentitySource: $request.querystring.access_token
                            JwtConfiguration: {issuer: \(issuer)}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Me: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /me, Method: GET}}
                        Admin: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /admin, Method: GET,
                                Auth: {Authorizer: Users, AuthorizationScopes: [admin]}}}
                        Health: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /health, Method: GET, Auth: {Authorizer: NONE}}}
                        Link: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /link, Method: GET, Auth: {Authorizer: ByQuery}}}
                        Legacy: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /legacy, Method: GET, PayloadFormatVersion: "1.0"}}
                """)
        }
    }

    func claims(_ extra: [String: Any] = [:], without removed: [String] = []) -> [String: Any] {
        var claims: [String: Any] = ["sub": "user-1", "iss": issuer, "aud": "web-client", "exp": future,
                                     "email_verified": true, "cognito:groups": ["admin", "staff"], "scope": "read write"]
        claims.merge(extra) { $1 }
        for name in removed { claims[name] = nil }
        return claims
    }

    @Test func aValidTokensClaimsReachTheFunctionAsStrings() throws {
        let invocation = try http.invocation("GET", "/me", headers: [("Authorization", "Bearer " + token(claims()))])
        let jwt = try #require(try invocation.httpEvent().requestContext.authorizer?.jwt)
        #expect(jwt.claims["sub"] == "user-1")
        #expect(jwt.claims["exp"] == String(future))
        #expect(jwt.claims["email_verified"] == "true")
        #expect(jwt.claims["cognito:groups"] == "[admin staff]")
        #expect(jwt.scopes == ["read", "write"])
        #expect(invocation.warnings.isEmpty)
    }

    @Test func aTokenWithoutBearerAndOneForAnotherAudienceThroughClientIDAreAccepted() throws {
        _ = try http.invocation("GET", "/me", headers: [("Authorization", token(claims()))])
        let accessToken = claims(["client_id": "mobile-client"], without: ["aud"])
        _ = try http.invocation("GET", "/me", headers: [("Authorization", token(accessToken))])
    }

    @Test func missingMalformedExpiredOrForeignTokensAreUnauthorized() throws {
        let apis = try http
        let refused: [[(String, String)]] = [
            [],
            [("Authorization", "")],
            [("Authorization", "Bearer")],
            [("Authorization", "not-a-jwt")],
            [("Authorization", "a.b.c")],
            [("Authorization", "e30.e30")],
            [("Authorization", token(claims(["exp": past])))],
            [("Authorization", token(claims(["exp": "tomorrow"])))],
            [("Authorization", token(claims(["nbf": future])))],
            [("Authorization", token(claims(["iss": "https://elsewhere.example.com"])))],
            [("Authorization", token(claims(["aud": "someone-else"])))],
            [("Authorization", token(claims(["aud": ["a", "b"]])))],
        ]
        for headers in refused {
            let decision = apis.handle("GET", "/me", headers: headers)
            guard case .respond(let response, let reason) = decision else {
                Issue.record("let through: \(headers)")
                continue
            }
            #expect(response.status == 401, "\(headers)")
            #expect(response.message == "Unauthorized")
            #expect(reason.contains("authorizer Users"))
        }
    }

    @Test func aTokenWhosePayloadNestsDeepIsUnauthorizedOnASmallStack() throws {
        let apis = try http
        // 400 levels: under Foundation's own limit, over what a pool thread's stack decodes.
        let payload = #"{"sub":"user-1","x":"# + String(repeating: "[", count: 400) + String(repeating: "]", count: 400) + "}"
        let encoded = Data(payload.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let deep = "Bearer eyJhbGciOiJSUzI1NiJ9.\(encoded).c2ln"
        let status = SmallStack.run(size: 256 * 1_024) { () -> Int? in
            guard case .respond(let response, _) = apis.handle("GET", "/me", headers: [("Authorization", deep)]) else { return nil }
            return response.status
        }
        #expect(status == 401)
    }

    @Test func aRoutesScopesNeedOneMatchingScopeOrTheAnswerIsForbidden() throws {
        let apis = try http
        let response = try apis.immediate("GET", "/admin", headers: [("Authorization", token(claims()))])
        #expect(response.status == 403)
        #expect(response.message == "Forbidden")
        _ = try apis.invocation("GET", "/admin", headers: [("Authorization", token(claims(["scope": "read admin"])))])
        _ = try apis.invocation("GET", "/admin", headers: [("Authorization", token(claims(["scp": ["admin"]], without: ["scope"])))])
    }

    @Test func noneOpensARouteAndAnotherAuthorizerCanReadTheQueryString() throws {
        let apis = try http
        let health = try apis.invocation("GET", "/health")
        #expect(try health.httpEvent().requestContext.authorizer == nil)
        #expect(try apis.immediate("GET", "/link").status == 401)
        let link = try apis.invocation("GET", "/link?access_token=\(token(claims()))")
        #expect(try link.httpEvent().requestContext.authorizer?.jwt?.claims["sub"] == "user-1")
    }

    @Test func payloadVersion1CarriesClaimsAndScopesUnderAuthorizer() throws {
        let invocation = try http.invocation("GET", "/legacy", headers: [("Authorization", token(claims(["scope": "read"])))])
        let json = try invocation.json()
        let authorizer = try #require((json["requestContext"] as? [String: Any])?["authorizer"] as? [String: Any])
        #expect((authorizer["claims"] as? [String: String])?["sub"] == "user-1")
        #expect(authorizer["scopes"] as? [String] == ["read"])
    }

    var rest: LocalAPIs {
        get throws {
            try gateway("""
                Resources:
                  UserPool:
                    Type: AWS::Cognito::UserPool
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: Prod
                      Auth:
                        DefaultAuthorizer: Pool
                        Authorizers:
                          Pool:
                            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Example
                          LocalPool:
                            UserPoolArn: !GetAtt UserPool.Arn
                            Identity: {Header: X-Id-Token}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Profile: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /profile, Method: GET}}
                        Orders: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /orders, Method: GET,
                                 Auth: {Authorizer: LocalPool, AuthorizationScopes: [orders/read]}}}
                """)
        }
    }

    @Test func aCognitoAuthorizerPassesClaimsWithTimeClaimsAsDates() throws {
        let invocation = try rest.invocation("GET", "/profile",
                                             headers: [("Authorization", token(claims(["iat": 1_795_280_756])))])
        let authorizer = try #require(try invocation.restEvent().requestContext.authorizer)
        #expect(authorizer["claims"]?["sub"] == "user-1")
        #expect(authorizer["claims"]?["iat"] == "Sat Nov 21 17:05:56 UTC 2026")
        #expect(authorizer["claims"]?["email_verified"] == "true")
    }

    @Test func aCognitoAuthorizerChecksTheIssuerOfARealPoolAndTheTokenTimes() throws {
        let apis = try rest
        #expect(try apis.immediate("GET", "/profile").status == 401)
        #expect(try apis.immediate("GET", "/profile", headers: [("Authorization", token(claims(["iss": "https://x"])))]).status == 401)
        #expect(try apis.immediate("GET", "/profile", headers: [("Authorization", token(claims(["exp": past])))]).status == 401)
    }

    @Test func aPoolDefinedInTheTemplateHasNoKnownIssuerAndTheRoutesScopesAreChecked() throws {
        let apis = try rest
        let readOrders = token(claims(["iss": "https://any-issuer", "scope": "orders/read"]))
        _ = try apis.invocation("GET", "/orders", headers: [("X-Id-Token", readOrders)])
        #expect(try apis.immediate("GET", "/orders", headers: [("Authorization", readOrders)]).status == 401)
        let noScope = try apis.immediate("GET", "/orders", headers: [("X-Id-Token", token(claims()))])
        #expect(noScope.status == 401)
    }

    @Test func lambdaAuthorizersWaitForTheirFunctionAndIAMIsLetThroughWithAWarning() throws {
        let apis = try gateway("""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Custom
                    Authorizers:
                      Custom: {FunctionArn: !GetAtt Check.Arn, AuthorizerPayloadFormatVersion: "2.0"}
              Check:
                Type: AWS::Serverless::Function
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /x, Method: GET}}
                    Signed: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /signed, Method: GET, Auth: {Authorizer: AWS_IAM}}}
            """)
        guard case .authorize(let custom) = apis.handle("GET", "/x", headers: [("Authorization", "token")]) else {
            Issue.record("the request did not wait for the authorizer")
            return
        }
        #expect(custom.functionLogicalId == "Check")
        #expect(custom.authorizerName == "Custom")
        let signed = try apis.invocation("GET", "/signed")
        #expect(signed.route.authorization == .iam)
        #expect(signed.warnings.first?.contains("AWS_IAM") == true)
    }
}
