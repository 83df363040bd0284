import Testing
@testable import LocalAPIGateway

/// Which route a request reaches, and the answer when none does.
@Suite struct RouteMatchingTests {
    let rest = try! gateway("""
        Resources:
          Items:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Exact: {Type: Api, Properties: {Path: /items/featured, Method: GET}}
                One: {Type: Api, Properties: {Path: "/items/{id}", Method: GET}}
                AnyOne: {Type: Api, Properties: {Path: "/items/{id}", Method: ANY}}
                Greedy: {Type: Api, Properties: {Path: "/items/{proxy+}", Method: GET}}
                Root: {Type: Api, Properties: {Path: /, Method: GET}}
                Everything: {Type: Api, Properties: {Path: "/{proxy+}", Method: ANY}}
        """)

    func eventName(_ method: String, _ target: String) throws -> String {
        try rest.invocation(method, target).route.eventName
    }

    @Test func exactSegmentsBeatParametersWhichBeatGreedyParameters() throws {
        #expect(try eventName("GET", "/items/featured") == "Exact")
        #expect(try eventName("GET", "/items/42") == "One")
        #expect(try eventName("GET", "/items/42/reviews") == "Greedy")
        #expect(try eventName("GET", "/orders/7") == "Everything")
    }

    @Test func aRouteForTheMethodBeatsAnAnyRouteOnTheSamePath() throws {
        #expect(try eventName("GET", "/items/42") == "One")
        #expect(try eventName("DELETE", "/items/42") == "AnyOne")
        #expect(try eventName("delete", "/items/42") == "AnyOne")
    }

    @Test func aGreedyParameterNeedsAtLeastOneSegment() throws {
        #expect(try eventName("GET", "/") == "Root")
        #expect(try eventName("POST", "/x") == "Everything")
        let onlyProxy = try gateway("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Proxy: {Type: Api, Properties: {Path: "/{proxy+}", Method: ANY}}
            """)
        let response = try onlyProxy.immediate("GET", "/")
        #expect(response.status == 403)
    }

    @Test func pathParametersArePercentDecodedAndTheGreedyOneIsCalledProxy() throws {
        let one = try rest.invocation("GET", "/items/red%20shoes").restEvent()
        #expect(one.pathParameters == ["id": "red shoes"])
        #expect(one.path == "/items/red%20shoes")
        let greedy = try rest.invocation("GET", "/items/a%2Fb/c%C3%A9").restEvent()
        #expect(greedy.pathParameters == ["proxy": "a/b/cé"])
        let everything = try rest.invocation("PUT", "/orders/7/lines").restEvent()
        #expect(everything.pathParameters == ["proxy": "orders/7/lines"])
        #expect(everything.resource == "/{proxy+}")
    }

    @Test func repeatedAndTrailingSlashesAreIgnoredForMatching() throws {
        #expect(try eventName("GET", "/items//featured/") == "Exact")
        #expect(try eventName("GET", "//items/9") == "One")
    }

    @Test func aRestAPIAnswersAnUnknownRouteOrMethodWithMissingAuthenticationToken() throws {
        let narrow = try gateway("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: Api, Properties: {Path: /items, Method: GET}}
            """)
        for (method, target) in [("GET", "/nothing"), ("POST", "/items"), ("GET", "/Items")] {
            let response = try narrow.immediate(method, target)
            #expect(response.status == 403)
            #expect(response.message == "Missing Authentication Token")
            #expect(response.headers.value(of: "Content-Type") == "application/json")
            #expect(response.headers.value(of: "x-amzn-RequestId") == requestID)
        }
    }

    @Test func anHttpAPIAnswersAnUnknownRouteWithNotFoundAndItsDefaultRouteCatchesTheRest() throws {
        let http = try gateway("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: "/items/{id}", Method: GET}}
            """)
        let response = try http.immediate("GET", "/elsewhere")
        #expect(response.status == 404)
        #expect(response.message == "Not Found")
        #expect(response.headers.value(of: "apigw-requestid") == requestID)

        let withDefault = try gateway("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Get: {Type: HttpApi, Properties: {Path: "/items/{id}", Method: GET}}
                    Proxy: {Type: HttpApi, Properties: {Path: "/{proxy+}", Method: GET}}
              Fallback:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Rest: {Type: HttpApi}
            """)
        #expect(try withDefault.invocation("GET", "/items/1").route.eventName == "Get")
        #expect(try withDefault.invocation("GET", "/a/b").route.eventName == "Proxy")
        let fallback = try withDefault.invocation("POST", "/a/b")
        #expect(fallback.functionLogicalId == "Fallback")
        #expect(try fallback.httpEvent().routeKey == "$default")
        #expect(try fallback.httpEvent().pathParameters.isEmpty)
        #expect(try withDefault.invocation("GET", "/").functionLogicalId == "Fallback")
    }

    @Test func everyAPIIsServedOnTheSamePortWithoutItsStage() throws {
        let apis = try gateway("""
            Resources:
              Admin:
                Type: AWS::Serverless::Api
                Properties: {StageName: admin}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    Users: {Type: Api, Properties: {RestApiId: !Ref Admin, Path: /users, Method: GET}}
                    Public: {Type: HttpApi, Properties: {Path: /public, Method: GET}}
            """)
        #expect(try apis.invocation("GET", "/users").api.logicalId == "Admin")
        #expect(try apis.invocation("GET", "/public").api.logicalId == "ServerlessHttpApi")
        #expect(try apis.immediate("GET", "/admin/users").status == 403)
    }
}
