import Testing
@testable import LocalAPIGateway

/// CORS as each kind of API does it: REST APIs answer preflights only, HTTP APIs also decorate responses.
@Suite struct CORSTests {
    @Test func aRestAPIWithAQuotedOriginAnswersPreflightsOnPathsWithRoutes() throws {
        let apis = try gateway("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Cors: "'*'"
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    List: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /items, Method: GET}}
                    Add: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /items, Method: POST}}
                    One: {Type: Api, Properties: {RestApiId: !Ref Api, Path: "/items/{id}", Method: ANY}}
            """)
        let preflight = try apis.immediate("OPTIONS", "/items", headers: [("Origin", "https://app.example.com"),
                                                                          ("Access-Control-Request-Method", "POST")])
        #expect(preflight.status == 200)
        #expect(preflight.body.isEmpty)
        #expect(preflight.headers.value(of: "Access-Control-Allow-Origin") == "*")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Methods") == "GET,OPTIONS,POST")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Headers") == nil)
        #expect(preflight.headers.value(of: "Access-Control-Allow-Credentials") == nil)

        let anyMethod = try apis.immediate("OPTIONS", "/items/3")
        #expect(anyMethod.headers.value(of: "Access-Control-Allow-Methods") == "DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT")

        #expect(try apis.immediate("OPTIONS", "/nowhere").status == 403)
    }

    @Test func aRestAPIsCorsMappingGivesEveryHeaderUnquoted() throws {
        let apis = try gateway("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Cors:
                    AllowOrigin: "'https://shop.example.com'"
                    AllowMethods: "'GET,PUT'"
                    AllowHeaders: "'Content-Type,Authorization'"
                    MaxAge: "'600'"
                    AllowCredentials: true
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Put: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /cart, Method: PUT}}
            """)
        let preflight = try apis.immediate("OPTIONS", "/cart")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Origin") == "https://shop.example.com")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Methods") == "GET,PUT")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Headers") == "Content-Type,Authorization")
        #expect(preflight.headers.value(of: "Access-Control-Max-Age") == "600")
        #expect(preflight.headers.value(of: "Access-Control-Allow-Credentials") == "true")
        #expect(apis.warnings.isEmpty)
    }

    @Test func aRestAPIAddsNoCORSHeadersToTheFunctionsResponsesAndKeepsItsOwn() throws {
        let apis = try gateway("""
            Globals:
              Api:
                Cors: "'*'"
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: /data, Method: GET}}
            """)
        let invocation = try apis.invocation("GET", "/data", headers: [("Origin", "https://app.example.com")])
        let plain = apis.answer(#"{"statusCode": 200, "body": "x"}"#, to: invocation)
        #expect(!plain.response.headers.contains { $0.name.lowercased().hasPrefix("access-control-") })
        let own = apis.answer(#"{"statusCode": 200, "headers": {"Access-Control-Allow-Origin": "https://mine"}}"#, to: invocation)
        #expect(own.response.headers.value(of: "Access-Control-Allow-Origin") == "https://mine")
    }

    @Test func anExplicitOptionsRouteTakesThePreflight() throws {
        let apis = try gateway("""
            Globals:
              Api:
                Cors: "'*'"
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: /data, Method: GET}}
                    Options: {Type: Api, Properties: {Path: /data, Method: OPTIONS}}
            """)
        #expect(try apis.invocation("OPTIONS", "/data").route.eventName == "Options")
    }

    @Test func unquotedRestCorsValuesAreUsedWithAWarning() throws {
        let apis = try gateway("""
            Globals:
              Api:
                Cors: "*"
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: /data, Method: GET}}
            """)
        #expect(try apis.immediate("OPTIONS", "/data").headers.value(of: "Access-Control-Allow-Origin") == "*")
        #expect(apis.warnings.contains { $0.contains("without single quotes") })
    }

    @Test func theDefaultAuthorizerGuardsRestPreflightsUnlessTheTemplateSaysOtherwise() throws {
        func apis(addToPreflight: Bool) throws -> LocalAPIs {
            try gateway("""
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: Prod
                      Cors: "'*'"
                      Auth:
                        DefaultAuthorizer: Users
                        AddDefaultAuthorizerToCorsPreflight: \(addToPreflight)
                        Authorizers:
                          Users: {UserPoolArn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc"}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Events:
                        Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /me, Method: GET}}
                """)
        }
        #expect(try apis(addToPreflight: true).immediate("OPTIONS", "/me").status == 401)
        #expect(try apis(addToPreflight: false).immediate("OPTIONS", "/me").status == 200)
    }

    let http = try! gateway("""
        Resources:
          Api:
            Type: AWS::Serverless::HttpApi
            Properties:
              CorsConfiguration:
                AllowOrigins: ["https://app.example.com", "https://*.preview.example.com"]
                AllowMethods: [GET, POST]
                AllowHeaders: [content-type, authorization]
                ExposeHeaders: [x-request-id]
                MaxAge: 300
                AllowCredentials: true
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get: {Type: HttpApi, Properties: {ApiId: !Ref Api, Path: /items, Method: GET}}
        """)

    @Test func anHttpAPIAnswersPreflightsFromAllowedOriginsWithItsConfiguration() throws {
        let preflight = try http.immediate("OPTIONS", "/items", headers: [("Origin", "https://app.example.com"),
                                                                          ("Access-Control-Request-Method", "POST")])
        #expect(preflight.status == 204)
        #expect(preflight.headers.value(of: "access-control-allow-origin") == "https://app.example.com")
        #expect(preflight.headers.value(of: "access-control-allow-methods") == "GET,POST")
        #expect(preflight.headers.value(of: "access-control-allow-headers") == "content-type,authorization")
        #expect(preflight.headers.value(of: "access-control-max-age") == "300")
        #expect(preflight.headers.value(of: "access-control-allow-credentials") == "true")

        let wildcard = try http.immediate("OPTIONS", "/items", headers: [("Origin", "https://pr-7.preview.example.com"),
                                                                         ("Access-Control-Request-Method", "GET")])
        #expect(wildcard.headers.value(of: "access-control-allow-origin") == "https://pr-7.preview.example.com")

        let stranger = try http.immediate("OPTIONS", "/items", headers: [("Origin", "https://evil.example.org"),
                                                                         ("Access-Control-Request-Method", "GET")])
        #expect(stranger.status == 204)
        #expect(!stranger.headers.contains { $0.name.lowercased().hasPrefix("access-control-") })

        let noRoute = try http.immediate("OPTIONS", "/unrouted", headers: [("Origin", "https://app.example.com"),
                                                                           ("Access-Control-Request-Method", "GET")])
        #expect(noRoute.status == 204)
        #expect(noRoute.headers.value(of: "access-control-allow-origin") == "https://app.example.com")

        #expect(try http.immediate("OPTIONS", "/items").status == 404)
    }

    @Test func anHttpAPIReplacesTheFunctionsCORSHeadersForAllowedOrigins() throws {
        let answer = #"{"statusCode": 200, "headers": {"Access-Control-Allow-Origin": "*", "X-Request-Id": "r1"}}"#
        let allowed = try http.invocation("GET", "/items", headers: [("Origin", "https://app.example.com")])
        let response = http.answer(answer, to: allowed).response
        #expect(response.headers.values(of: "access-control-allow-origin") == ["https://app.example.com"])
        #expect(response.headers.value(of: "access-control-allow-credentials") == "true")
        #expect(response.headers.value(of: "access-control-expose-headers") == "x-request-id")
        #expect(response.headers.value(of: "X-Request-Id") == "r1")

        let stranger = try http.invocation("GET", "/items", headers: [("Origin", "https://evil.example.org")])
        #expect(!http.answer(answer, to: stranger).response.headers.contains { $0.name.lowercased().hasPrefix("access-control-") })
        let noOrigin = try http.invocation("GET", "/items")
        #expect(http.answer(answer, to: noOrigin).response.headers.value(of: "access-control-allow-origin") == nil)
    }

    @Test func corsConfigurationTrueAllowsEveryOriginWithAStar() throws {
        let apis = try gateway("""
            Globals:
              HttpApi:
                CorsConfiguration: true
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: /items, Method: GET}}
            """)
        let preflight = try apis.immediate("OPTIONS", "/items", headers: [("Origin", "http://localhost:5173"),
                                                                          ("Access-Control-Request-Method", "GET")])
        #expect(preflight.headers.value(of: "access-control-allow-origin") == "*")
        #expect(preflight.headers.value(of: "access-control-allow-methods") == nil)
        let invocation = try apis.invocation("GET", "/items", headers: [("Origin", "http://localhost:5173")])
        #expect(apis.answer("{}", to: invocation).response.headers.value(of: "access-control-allow-origin") == "*")
    }

    @Test func originPatternsMatchWithoutRegardToCase() {
        #expect(WildcardPattern.matches("https://A.Example.com", pattern: "https://*.example.com"))
        #expect(!WildcardPattern.matches("https://example.com", pattern: "https://*.example.com"))
        #expect(!WildcardPattern.matches("https://a.example.com.evil.org", pattern: "https://*.example.com"))
        #expect(WildcardPattern.matches("http://localhost:3000", pattern: "http://localhost:*"))
        #expect(!WildcardPattern.matches("", pattern: "https://x"))
    }
}
