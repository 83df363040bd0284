import Testing
@testable import LocalAPIGateway

/// Reading APIs and routes from the template, as the SAM transform creates them.
@Suite struct RouteReadingTests {
    @Test func eventsWithoutAnAPIGoToTheImplicitAPIsWithTheirDefaultStages() throws {
        let apis = try gateway("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Items:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: .
                  Events:
                    List: {Type: Api, Properties: {Path: /items, Method: get}}
                    Create: {Type: HttpApi, Properties: {Path: /items, Method: POST}}
            """)
        #expect(apis.apis.map(\.logicalId) == ["ServerlessRestApi", "ServerlessHttpApi"])
        let rest = try #require(apis.api("ServerlessRestApi"))
        #expect(rest.kind == .rest && rest.isImplicit && rest.stageName == "Prod")
        let http = try #require(apis.api("ServerlessHttpApi"))
        #expect(http.kind == .http && http.isImplicit && http.stageName == "$default")
        #expect(rest.apiId.count == 10 && rest.apiId != http.apiId)
        #expect(apis.routes.map(\.routeKey) == ["GET /items", "POST /items"])
        #expect(apis.routes.map(\.payloadVersion) == [.v1, .v2])
        #expect(apis.routes.allSatisfy { $0.functionLogicalId == "Items" })
        #expect(apis.routes.map(\.eventName) == ["List", "Create"])
        #expect(apis.warnings.isEmpty)
    }

    @Test func eventsNamingAnAPIUseItsStageVariablesAndBinaryMediaTypes() throws {
        let apis = try gateway("""
            Parameters:
              Stage: {Type: String, Default: dev}
            Resources:
              OrdersApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: !Ref Stage
                  Variables: {table: orders, limit: 10}
                  BinaryMediaTypes: ["image~1png", "application~1octet-stream"]
              PublicApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: v1
                  StageVariables: {mode: public}
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {RestApiId: !Ref OrdersApi, Path: "/orders/{id}", Method: GET}}
                    Feed: {Type: HttpApi, Properties: {ApiId: !Ref PublicApi, Path: /feed, Method: get, PayloadFormatVersion: "1.0"}}
            """)
        let orders = try #require(apis.api("OrdersApi"))
        #expect(!orders.isImplicit)
        #expect(orders.stageName == "dev")
        #expect(orders.stageVariables == ["table": "orders", "limit": "10"])
        #expect(orders.binaryMediaTypes == ["image/png", "application/octet-stream"])
        #expect(apis.api("PublicApi")?.stageName == "v1")
        #expect(apis.api("PublicApi")?.stageVariables == ["mode": "public"])
        #expect(apis.routes.map(\.apiLogicalId) == ["OrdersApi", "PublicApi"])
        #expect(apis.routes.map(\.payloadVersion) == [.v1, .v1])
        #expect(apis.api("ServerlessRestApi") == nil)
    }

    @Test func anHttpApiEventWithoutPathAndMethodIsTheDefaultRoute() throws {
        let apis = try gateway("""
            Resources:
              Fallback:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Everything: {Type: HttpApi}
            """)
        let route = try #require(apis.routes.first)
        #expect(route.isDefault)
        #expect(route.routeKey == "$default")
        #expect(route.path == "$default")
    }

    @Test func anyInAnyCaseAndTheOpenAPIAnyMethodMeanEveryMethod() throws {
        let apis = try gateway("""
            Resources:
              Proxy:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Lower: {Type: Api, Properties: {Path: "/{proxy+}", Method: any}}
                    OpenAPI: {Type: Api, Properties: {Path: /other, Method: x-amazon-apigateway-any-method}}
            """)
        #expect(apis.routes.map(\.routeKey) == ["ANY /{proxy+}", "ANY /other"])
    }

    @Test func globalsApplyToTheImplicitAPIs() throws {
        let apis = try gateway("""
            Globals:
              Api:
                Cors: "'https://shop.example.com'"
                BinaryMediaTypes: ["image~1*"]
              HttpApi:
                CorsConfiguration: true
            Resources:
              Shop:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Rest: {Type: Api, Properties: {Path: /shop, Method: get}}
                    Http: {Type: HttpApi, Properties: {Path: /shop, Method: get}}
            """)
        #expect(apis.api("ServerlessRestApi")?.restCORS?.allowOrigin == "https://shop.example.com")
        #expect(apis.api("ServerlessRestApi")?.binaryMediaTypes == ["image/*"])
        #expect(apis.api("ServerlessHttpApi")?.httpCORS == HTTPCORS(allowOrigins: ["*"]))
    }

    @Test func aRouteDeclaredTwiceIsWarnedAboutAndTheFirstKeepsIt() throws {
        let apis = try gateway("""
            Resources:
              First:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: "/items/{id}", Method: GET}}
              Second:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: "/items/{itemId}/", Method: get}}
            """)
        #expect(apis.routes.map(\.functionLogicalId) == ["First"])
        #expect(apis.warnings.count == 1)
        #expect(apis.warnings.first?.contains("GET /items/{itemId} of function Second") == true)
        #expect(apis.warnings.first?.contains("never reached") == true)
    }

    @Test func routesInAnOpenAPIDefinitionAndAPIsWithoutEventsAreWarnedAbout() throws {
        let apis = try gateway("""
            Resources:
              Documented:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionBody: {openapi: "3.0.1", paths: {}}
              Unused:
                Type: AWS::Serverless::HttpApi
            """)
        #expect(apis.routes.isEmpty)
        #expect(apis.warnings.contains { $0.contains("API Documented") && $0.contains("DefinitionBody") })
        #expect(apis.warnings.contains { $0.contains("API Unused has no routes") })
    }

    @Test func unresolvablePathsAndPropertiesAreSkippedWithAWarning() throws {
        let apis = try gateway("""
            Resources:
              Imported:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: !ImportValue SharedPath, Method: GET}}
                    Ok: {Type: Api, Properties: {Path: /ok, Method: GET}}
            """)
        #expect(apis.routes.map(\.routeKey) == ["GET /ok"])
        #expect(apis.warnings.contains { $0.contains("event Get of function Imported") })
    }

    @Test func whatSAMRejectsIsAnErrorNamingTheLine() throws {
        let unknownAPI = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {RestApiId: Missing, Path: /x, Method: GET}}
            """)
        #expect(unknownAPI.contains("template.yaml:6"))
        #expect(unknownAPI.contains("RestApiId Missing is not an AWS::Serverless::Api"))

        let wrongKind = try readingError("""
            Resources:
              Http:
                Type: AWS::Serverless::HttpApi
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {RestApiId: !Ref Http, Path: /x, Method: GET}}
            """)
        #expect(wrongKind.contains("RestApiId Http"))

        let noMethod = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: /x}}
            """)
        #expect(noMethod.contains("needs both Path and Method"))

        let relative = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: items, Method: GET}}
            """)
        #expect(relative.contains("must start with /"))

        let greedyInTheMiddle = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: "/{proxy+}/tail", Method: GET}}
            """)
        #expect(greedyInTheMiddle.contains("greedy parameter must come last"))

        let badVersion = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: /x, Method: GET, PayloadFormatVersion: "3.0"}}
            """)
        #expect(badVersion.contains("PayloadFormatVersion 3.0"))
    }

    @Test func unknownAuthorizersAreErrors() throws {
        let unknownDefault = try readingError("""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Nope
                    Authorizers:
                      Jwt: {JwtConfiguration: {issuer: "https://issuer.example.com"}}
            """)
        #expect(unknownDefault.contains("DefaultAuthorizer Nope is not one of its Authorizers (Jwt)"))

        let unknownOnRoute = try readingError("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: /x, Method: GET, Auth: {Authorizer: Ghost}}}
            """)
        #expect(unknownOnRoute.contains("Auth.Authorizer Ghost is not an authorizer of API ServerlessHttpApi"))

        let incomplete = try readingError("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Auth:
                    Authorizers:
                      Broken: {Identity: {Header: X-Token}}
            """)
        #expect(incomplete.contains("authorizer Broken has neither UserPoolArn nor FunctionArn"))
    }

    @Test func lambdaAuthorizersAreReportedWithTheirFunction() throws {
        let apis = try gateway("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Auth:
                    DefaultAuthorizer: Custom
                    Authorizers:
                      Custom:
                        FunctionArn: !GetAtt CheckToken.Arn
                        FunctionPayloadType: REQUEST
              CheckToken:
                Type: AWS::Serverless::Function
                Properties: {FunctionName: check-token}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /x, Method: GET}}
                    Open: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /open, Method: GET, Auth: {Authorizer: NONE}}}
            """)
        let reference = try #require(apis.routes.first?.lambdaAuthorizer)
        #expect(reference.name == "Custom")
        #expect(reference.functionLogicalId == "CheckToken")
        #expect(reference.functionARN == "arn:aws:lambda:us-east-1:123456789012:function:check-token")
        #expect(reference.payloadType == "REQUEST")
        #expect(apis.routes.last?.authorization == .open)
        #expect(reference.identitySources.isEmpty)
        #expect(reference.resultTTL == 0)
        #expect(apis.warnings.isEmpty)
    }
}
