import CurlHTTP
import Foundation
import Testing

/// `lambda-local start-api` in front of real function instances: routes, event shapes for each
/// payload version, response mapping, and API Gateway's errors.
@Suite struct StartAPITests {
    static let template = """
        Globals:
          Function:
            CodeUri: fixture
            Runtime: provided.al2
            Timeout: 3
        Resources:
          RestItems:
            Type: AWS::Serverless::Function
            Properties:
              Handler: proxy
              Events:
                GetItem:
                  Type: Api
                  Properties:
                    Path: /items/{id}
                    Method: get
                Files:
                  Type: Api
                  Properties:
                    Path: /files/{proxy+}
                    Method: any
          RestBroken:
            Type: AWS::Serverless::Function
            Properties:
              Handler: echo
              Events:
                Broken:
                  Type: Api
                  Properties:
                    Path: /broken
                    Method: get
          HttpItems:
            Type: AWS::Serverless::Function
            Properties:
              Handler: proxy
              Events:
                GetItem:
                  Type: HttpApi
                  Properties:
                    Path: /v2/items/{id}
                    Method: get
                Legacy:
                  Type: HttpApi
                  Properties:
                    Path: /v2/legacy
                    Method: post
                    PayloadFormatVersion: "1.0"
          Bare:
            Type: AWS::Serverless::Function
            Properties:
              Handler: echo
              Events:
                Bare:
                  Type: HttpApi
                  Properties:
                    Path: /v2/bare
                    Method: get
          Image:
            Type: AWS::Serverless::Function
            Properties:
              Handler: binary
              Events:
                Get:
                  Type: HttpApi
                  Properties:
                    Path: /v2/image
                    Method: get
          Cookies:
            Type: AWS::Serverless::Function
            Properties:
              Handler: cookies
              Events:
                Get:
                  Type: HttpApi
                  Properties:
                    Path: /v2/cookies
                    Method: get
          Failing:
            Type: AWS::Serverless::Function
            Properties:
              Handler: fail
              Events:
                Get:
                  Type: HttpApi
                  Properties:
                    Path: /v2/fail
                    Method: get
          Slow:
            Type: AWS::Serverless::Function
            Properties:
              Handler: sleep
              Timeout: 1
              Events:
                Get:
                  Type: HttpApi
                  Properties:
                    Path: /v2/slow
                    Method: post
        """

    struct Running {
        let project: FixtureProject
        let server: ServerProcess
        let base: String

        static func start(template: String = StartAPITests.template) async throws -> Running {
            let project = try FixtureProject.create(template: template)
            let server = try await ServerProcess(["start-api", "--port", "0"], in: project.directory, expecting: ["API Gateway"])
            return Running(project: project, server: server, base: server.addresses["API Gateway"]!)
        }

        func request(_ method: String, _ path: String, headers: [(String, String)] = [], body: String? = nil) async throws -> CurlResponse {
            try await HTTPClient.request(method, base + path, headers: headers, body: body.map { Data($0.utf8) })
        }

        func finish() async {
            await server.stop()
            project.remove()
        }
    }

    /// The event the function received, which the `proxy` fixture returns as its body.
    static func event(_ response: CurlResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]) ?? [:]
    }

    @Test func aRESTRouteSendsAPayloadOneEventAndMapsTheProxyResponse() async throws {
        let running = try await Running.start()
        let response = try await running.request("GET", "/items/42?color=red&size=s&size=m", headers: [("X-Trace", "one"), ("X-Trace", "two")])
        #expect(response.status == 200)
        #expect(response.headers["x-fixture"] == "proxy")
        #expect(response.values("x-multi") == ["a", "b"])
        let event = Self.event(response)
        #expect(event["resource"] as? String == "/items/{id}")
        #expect(event["path"] as? String == "/items/42")
        #expect(event["httpMethod"] as? String == "GET")
        #expect((event["pathParameters"] as? [String: String])?["id"] == "42")
        #expect((event["queryStringParameters"] as? [String: String])?["size"] == "m")
        #expect((event["multiValueQueryStringParameters"] as? [String: [String]])?["size"] == ["s", "m"])
        #expect((event["multiValueHeaders"] as? [String: [String]])?["X-Trace"] == ["one", "two"])
        let context = try #require(event["requestContext"] as? [String: Any])
        #expect(context["stage"] as? String == "Prod")
        #expect(context["resourcePath"] as? String == "/items/{id}")
        #expect(context["httpMethod"] as? String == "GET")
        #expect(context["accountId"] as? String == "123456789012")
        #expect((context["requestId"] as? String)?.count == 36)
        await running.finish()
    }

    @Test func aGreedyPathTakesTheRestOfThePath() async throws {
        let running = try await Running.start()
        let response = try await running.request("DELETE", "/files/a/b/c.txt")
        #expect(response.status == 200)
        #expect((Self.event(response)["pathParameters"] as? [String: String])?["proxy"] == "a/b/c.txt")
        await running.finish()
    }

    @Test func anHTTPAPIRouteSendsAPayloadTwoEvent() async throws {
        let running = try await Running.start()
        let response = try await running.request(
            "GET", "/v2/items/7?tag=a&tag=b", headers: [("Cookie", "session=abc; theme=dark"), ("X-Custom", "Value")])
        #expect(response.status == 200)
        let event = Self.event(response)
        #expect(event["version"] as? String == "2.0")
        #expect(event["routeKey"] as? String == "GET /v2/items/{id}")
        #expect(event["rawPath"] as? String == "/v2/items/7")
        #expect(event["rawQueryString"] as? String == "tag=a&tag=b")
        #expect(event["cookies"] as? [String] == ["session=abc", "theme=dark"])
        #expect((event["queryStringParameters"] as? [String: String])?["tag"] == "a,b")
        #expect((event["headers"] as? [String: String])?["x-custom"] == "Value")
        let http = (event["requestContext"] as? [String: Any])?["http"] as? [String: Any]
        #expect(http?["method"] as? String == "GET")
        #expect(http?["sourceIp"] as? String == "127.0.0.1")
        #expect((event["requestContext"] as? [String: Any])?["stage"] as? String == "$default")
        await running.finish()
    }

    @Test func anHTTPAPIRouteCanAskForPayloadOne() async throws {
        let running = try await Running.start()
        let response = try await running.request("POST", "/v2/legacy", headers: [("Content-Type", "application/json")], body: #"{"a":1}"#)
        let event = Self.event(response)
        #expect(event["version"] as? String == "1.0")
        #expect(event["httpMethod"] as? String == "POST")
        #expect(event["body"] as? String == #"{"a":1}"#)
        await running.finish()
    }

    @Test func theBareBodyShorthandBinaryBodiesAndCookiesAreMappedAsHTTPAPIsDo() async throws {
        let running = try await Running.start()
        let bare = try await running.request("GET", "/v2/bare")
        #expect(bare.status == 200)
        #expect(bare.headers["content-type"] == "application/json")
        #expect(Self.event(bare)["routeKey"] as? String == "GET /v2/bare")

        let image = try await running.request("GET", "/v2/image")
        #expect(image.status == 200)
        #expect(image.headers["content-type"] == "image/png")
        #expect(Array(image.body) == [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff])

        let cookies = try await running.request("GET", "/v2/cookies")
        #expect(cookies.status == 201)
        #expect(cookies.values("set-cookie") == ["session=abc; Path=/; HttpOnly", "theme=dark"])
        #expect(cookies.text == "made")
        await running.finish()
    }

    @Test func functionErrorsTimeoutsAndInvalidOutputAre502() async throws {
        let running = try await Running.start()
        for (method, path) in [("GET", "/v2/fail"), ("GET", "/broken")] {
            let response = try await running.request(method, path)
            #expect(response.status == 502, "\(path)")
            #expect(response.json["message"] as? String == "Internal server error")
        }
        // JSON, so that the HTTP API hands the body over as text (not base64) and the function
        // reads its 5 seconds: with its default of one, it would race the one-second timeout.
        let slow = try await running.request("POST", "/v2/slow", headers: [("Content-Type", "application/json")], body: #"{"seconds": 5}"#)
        #expect(slow.status == 502)
        #expect(running.server.log.contains("Task timed out after 1.00 seconds"))
        // And the server keeps serving.
        #expect(try await running.request("GET", "/v2/items/1").status == 200)
        await running.finish()
    }

    @Test func unknownRoutesGetAPIGatewaysAnswers() async throws {
        let rest = try await Running.start(template: """
            Resources:
              Items:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: fixture
                  Handler: proxy
                  Events:
                    Get:
                      Type: Api
                      Properties:
                        Path: /items
                        Method: get
            """)
        let missing = try await rest.request("GET", "/nothing")
        #expect(missing.status == 403)
        #expect(missing.json["message"] as? String == "Missing Authentication Token")
        #expect(try await rest.request("POST", "/items").status == 403)
        await rest.finish()

        let http = try await Running.start(template: """
            Resources:
              Items:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: fixture
                  Handler: proxy
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /items
                        Method: get
            """)
        let notFound = try await http.request("GET", "/nothing")
        #expect(notFound.status == 404)
        #expect(notFound.json["message"] as? String == "Not Found")
        await http.finish()
    }

    @Test func badRequestsGetClearErrorsAndTheServerKeepsServing() async throws {
        let running = try await Running.start()
        let port = UInt16(running.base.split(separator: ":").last!)!
        let malformed = try await RawHTTP.exchange(port: port, bytes: "GARBAGE\r\n\r\n")
        #expect(malformed.hasPrefix("HTTP/1.1 400"))
        let huge = String(repeating: "x", count: 10 * 1_024 * 1_024 + 1)
        let tooLarge = try await running.request("POST", "/v2/legacy", body: huge)
        #expect(tooLarge.status == 413)
        #expect(try await running.request("GET", "/v2/items/2").status == 200)
        await running.finish()
    }

    @Test func lambdaAuthorizersRunTheirFunctionAndTheirAnswersDecide() async throws {
        let running = try await Running.start(template: """
            Globals:
              Function:
                CodeUri: fixture
                Runtime: provided.al2
            Resources:
              Rest:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Auth:
                    DefaultAuthorizer: Token
                    Authorizers:
                      Token: {FunctionArn: !GetAtt Auth.Arn}
              Http:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Simple
                    Authorizers:
                      Simple:
                        FunctionArn: !GetAtt Auth.Arn
                        AuthorizerPayloadFormatVersion: "2.0"
                        EnableSimpleResponses: true
                        Identity: {Headers: [Authorization], ReauthorizeEvery: 0}
              Auth:
                Type: AWS::Serverless::Function
                Properties: {Handler: authorizer}
              Secured:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: proxy
                  Events:
                    Rest: {Type: Api, Properties: {RestApiId: !Ref Rest, Path: /secure, Method: get}}
                    Http: {Type: HttpApi, Properties: {ApiId: !Ref Http, Path: /simple, Method: get}}
            """)
        #expect(try await running.request("GET", "/secure").status == 401)
        let allowed = try await running.request("GET", "/secure", headers: [("Authorization", "allow")])
        #expect(allowed.status == 200)
        let authorizer = (Self.event(allowed)["requestContext"] as? [String: Any])?["authorizer"] as? [String: Any]
        #expect(authorizer?["principalId"] as? String == "ann")
        #expect(authorizer?["level"] as? String == "3")
        // The REST authorizer's answer is kept for the token: no second run.
        #expect(try await running.request("GET", "/secure", headers: [("Authorization", "allow")]).status == 200)
        let denied = try await running.request("GET", "/secure", headers: [("Authorization", "deny")])
        #expect(denied.status == 403)
        #expect(denied.text.contains("explicit deny"))
        #expect(try await running.request("GET", "/secure", headers: [("Authorization", "unauthorized")]).status == 401)
        let broken = try await running.request("GET", "/secure", headers: [("Authorization", "garbled")])
        #expect(broken.status == 500)
        #expect(broken.text == #"{"message":null}"#)

        let yes = try await running.request("GET", "/simple", headers: [("Authorization", "yes")])
        #expect(yes.status == 200)
        let lambda = ((Self.event(yes)["requestContext"] as? [String: Any])?["authorizer"] as? [String: Any])?["lambda"] as? [String: Any]
        #expect(lambda?["user"] as? String == "ann")
        #expect(lambda?["roles"] as? [String] == ["reader"])
        #expect(try await running.request("GET", "/simple", headers: [("Authorization", "no")]).status == 403)
        #expect(try await running.request("GET", "/simple", headers: [("Authorization", "yes")]).status == 200)

        // One run per REST token (allow, deny, unauthorized, garbled), one per HTTP API request.
        let runs = running.server.log.components(separatedBy: "\n").filter { $0.hasPrefix("Auth") && $0.contains("START RequestId") }
        #expect(runs.count == 7)
        #expect(running.server.log.contains("lambda-local: authorizer Token: answered 403"))
        await running.finish()
    }

    @Test func startServesTheAPIAndTheInvokeAPITogether() async throws {
        let project = try FixtureProject.create(template: Self.template)
        let server = try await ServerProcess(
            ["start", "--port", "0", "--lambda-port", "0"], in: project.directory,
            expecting: ["API Gateway", "Lambda Invoke API"])
        let api = try await HTTPClient.request("GET", server.addresses["API Gateway"]! + "/v2/items/3")
        #expect(api.status == 200)
        let invoked = try await lambdaClient(server.addresses["Lambda Invoke API"]!, ["invoke", "Bare", "--payload", "5"])
        #expect(invoked["payload"] as? String == "5")
        #expect(await server.stop() == 0)
        project.remove()
    }
}

/// Raw bytes to a port, for requests no HTTP client would send.
enum RawHTTP {
    static func exchange(port: UInt16, bytes: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                    defer { close(fd) }
                    var address = sockaddr_in()
                    address.sin_family = sa_family_t(AF_INET)
                    address.sin_port = port.bigEndian
                    address.sin_addr.s_addr = inet_addr("127.0.0.1")
                    _ = withUnsafePointer(to: &address) {
                        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                        }
                    }
                    var timeout = timeval(tv_sec: 2, tv_usec: 0)
                    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                    _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
                    var buffer = [UInt8](repeating: 0, count: 4_096)
                    let count = recv(fd, &buffer, buffer.count, 0)
                    return String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
                })
            }
        }
    }
}
