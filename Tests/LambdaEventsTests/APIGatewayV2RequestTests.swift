#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("APIGatewayV2Request")
struct APIGatewayV2RequestTests {
    /// An HTTP API payload 2.0 event for `PUT /orders/{id}` with a JWT authorizer.
    static let jwtEvent = """
        {
          "version": "2.0",
          "routeKey": "PUT /orders/{id}",
          "rawPath": "/orders/42",
          "rawQueryString": "expand=lines&expand=items",
          "cookies": ["session=abc", "theme=dark"],
          "headers": {
            "content-type": "application/json",
            "host": "abc123.execute-api.eu-west-1.amazonaws.com",
            "x-forwarded-for": "203.0.113.7"
          },
          "queryStringParameters": {"expand": "lines,items"},
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123",
            "authorizer": {
              "jwt": {
                "claims": {"sub": "user-1", "email": "ada@example.com", "exp": "1795282652"},
                "scopes": ["orders/write"]
              }
            },
            "domainName": "abc123.execute-api.eu-west-1.amazonaws.com",
            "domainPrefix": "abc123",
            "http": {
              "method": "PUT",
              "path": "/orders/42",
              "protocol": "HTTP/1.1",
              "sourceIp": "203.0.113.7",
              "userAgent": "curl/8.5.0"
            },
            "requestId": "JKJaXmPLvHcESHA=",
            "routeKey": "PUT /orders/{id}",
            "stage": "$default",
            "time": "21/Nov/2026:16:37:32 +0000",
            "timeEpoch": 1795279052000
          },
          "pathParameters": {"id": "42"},
          "body": "eyJxdWFudGl0eSI6Mn0=",
          "isBase64Encoded": true
        }
        """

    /// A `GET /` with nothing optional, from a route with IAM authorization.
    static let iamEvent = """
        {
          "version": "2.0",
          "routeKey": "$default",
          "rawPath": "/",
          "rawQueryString": "",
          "headers": {"host": "api.example.com"},
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "api",
            "authorizer": {
              "iam": {
                "accessKey": "ASIAEXAMPLE",
                "accountId": "111122223333",
                "callerId": "AIDAEXAMPLE",
                "cognitoIdentity": {
                  "amr": ["authenticated", "cognito-idp.eu-west-1.amazonaws.com/pool"],
                  "identityId": "eu-west-1:identity",
                  "identityPoolId": "eu-west-1:pool"
                },
                "principalOrgId": null,
                "userArn": "arn:aws:iam::111122223333:user/ada",
                "userId": "AIDAEXAMPLE"
              }
            },
            "domainName": "api.example.com",
            "domainPrefix": "api",
            "http": {"method": "GET", "path": "/", "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1", "userAgent": "agent"},
            "requestId": "id",
            "routeKey": "$default",
            "stage": "$default",
            "time": "12/Mar/2020:19:03:58 +0000",
            "timeEpoch": 1584039838000
          },
          "isBase64Encoded": false
        }
        """

    @Test func decodesAnEventWithAJWTAuthorizer() throws {
        let request = try decode(APIGatewayV2Request.self, from: Self.jwtEvent)
        #expect(request.version == "2.0")
        #expect(request.routeKey == "PUT /orders/{id}")
        #expect(request.rawPath == "/orders/42")
        #expect(request.rawQueryString == "expand=lines&expand=items")
        #expect(request.cookies == ["session=abc", "theme=dark"])
        #expect(request.queryStringParameters == ["expand": "lines,items"])
        #expect(request.pathParameters == ["id": "42"])
        #expect(request.stageVariables.isEmpty)
        #expect(request.isBase64Encoded)

        let context = request.requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.apiId == "abc123")
        #expect(context.domainName == "abc123.execute-api.eu-west-1.amazonaws.com")
        #expect(context.domainPrefix == "abc123")
        #expect(context.http.method == "PUT")
        #expect(context.http.path == "/orders/42")
        #expect(context.http.protocol == "HTTP/1.1")
        #expect(context.http.sourceIp == "203.0.113.7")
        #expect(context.http.userAgent == "curl/8.5.0")
        #expect(context.requestId == "JKJaXmPLvHcESHA=")
        #expect(context.routeKey == "PUT /orders/{id}")
        #expect(context.stage == "$default")
        #expect(context.time == "21/Nov/2026:16:37:32 +0000")
        #expect(context.timeEpoch == 1_795_279_052_000)
        #expect(context.authorizer?.jwt?.claims["email"] == "ada@example.com")
        #expect(context.authorizer?.jwt?.scopes == ["orders/write"])
        #expect(context.authorizer?.iam == nil)
    }

    @Test func decodesAnEventWithIAMAuthorizationAndNoOptionalMaps() throws {
        let request = try decode(APIGatewayV2Request.self, from: Self.iamEvent)
        #expect(request.cookies.isEmpty)
        #expect(request.queryStringParameters.isEmpty)
        #expect(request.pathParameters.isEmpty)
        #expect(request.body == nil)
        let iam = try #require(request.requestContext.authorizer?.iam)
        #expect(iam.accessKey == "ASIAEXAMPLE")
        #expect(iam.accountId == "111122223333")
        #expect(iam.callerId == "AIDAEXAMPLE")
        #expect(iam.principalOrgId == nil)
        #expect(iam.userArn == "arn:aws:iam::111122223333:user/ada")
        #expect(iam.userId == "AIDAEXAMPLE")
        #expect(iam.cognitoIdentity?.identityPoolId == "eu-west-1:pool")
        #expect(iam.cognitoIdentity?.amr.first == "authenticated")
    }

    @Test func decodesALambdaAuthorizerContext() throws {
        var request = try decode(APIGatewayV2Request.self, from: Self.iamEvent)
        request.requestContext.authorizer = .init(lambda: ["tenant": "acme", "tier": 2])
        let copy = try roundTripped(request)
        #expect(copy.requestContext.authorizer?.lambda?["tenant"] == "acme")
        #expect(copy.requestContext.authorizer?.lambda?["tier"]?.intValue == 2)
    }

    @Test(arguments: [jwtEvent, iamEvent])
    func roundTrips(event: String) throws {
        let request = try decode(APIGatewayV2Request.self, from: event)
        #expect(try roundTripped(request) == request)
    }

    @Test func leavesOutWhatAnHTTPAPIDoesNotSend() throws {
        let request = try decode(APIGatewayV2Request.self, from: Self.iamEvent)
        let wire = try #require(try wireJSON(request).objectValue)
        #expect(wire["cookies"] == nil)
        #expect(wire["queryStringParameters"] == nil)
        #expect(wire["pathParameters"] == nil)
        #expect(wire["stageVariables"] == nil)
        #expect(wire["body"] == nil)
        #expect(wire["rawQueryString"] == "")
        #expect(wire["headers"] == ["host": "api.example.com"])
    }

    @Test func decodesTheBase64Body() throws {
        struct OrderChange: Decodable, Equatable { var quantity: Int }
        let request = try decode(APIGatewayV2Request.self, from: Self.jwtEvent)
        #expect(try request.bodyData() == Data(#"{"quantity":2}"#.utf8))
        #expect(try request.decodeBody(as: OrderChange.self) == OrderChange(quantity: 2))
    }

    @Test func findsHeadersWhateverTheCaseAsked() throws {
        let request = try decode(APIGatewayV2Request.self, from: Self.jwtEvent)
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("X-Forwarded-For") == "203.0.113.7")
        #expect(request.header("Accept") == nil)
    }
}
