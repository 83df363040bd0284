#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("APIGatewayRequest")
struct APIGatewayRequestTests {
    /// A REST API proxy event for `POST /orders/{id}` with a Cognito authorizer.
    static let restEvent = """
        {
          "resource": "/orders/{id}",
          "path": "/orders/42",
          "httpMethod": "POST",
          "headers": {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Host": "abc123.execute-api.eu-west-1.amazonaws.com",
            "X-Forwarded-For": "203.0.113.7"
          },
          "multiValueHeaders": {
            "Accept": ["application/json"],
            "Content-Type": ["application/json"],
            "Host": ["abc123.execute-api.eu-west-1.amazonaws.com"],
            "X-Forwarded-For": ["203.0.113.7"]
          },
          "queryStringParameters": {"expand": "lines"},
          "multiValueQueryStringParameters": {"expand": ["items", "lines"]},
          "pathParameters": {"id": "42"},
          "stageVariables": null,
          "requestContext": {
            "resourceId": "x1y2z3",
            "resourcePath": "/orders/{id}",
            "httpMethod": "POST",
            "extendedRequestId": "Fb3xVGb0DoEFkXw=",
            "requestTime": "21/Nov/2026:16:37:32 +0000",
            "path": "/prod/orders/42",
            "accountId": "123456789012",
            "protocol": "HTTP/1.1",
            "stage": "prod",
            "domainPrefix": "abc123",
            "requestTimeEpoch": 1795279052000,
            "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "identity": {
              "cognitoIdentityPoolId": null,
              "accountId": null,
              "cognitoIdentityId": null,
              "caller": null,
              "sourceIp": "203.0.113.7",
              "principalOrgId": null,
              "accessKey": null,
              "cognitoAuthenticationType": null,
              "cognitoAuthenticationProvider": null,
              "userArn": null,
              "userAgent": "curl/8.5.0",
              "user": null
            },
            "domainName": "abc123.execute-api.eu-west-1.amazonaws.com",
            "apiId": "abc123",
            "authorizer": {"claims": {"sub": "user-1", "email": "ada@example.com"}}
          },
          "body": "{\\"quantity\\":2}",
          "isBase64Encoded": false
        }
        """

    /// An HTTP API event with `PayloadFormatVersion: "1.0"`, for `GET /` with nothing optional.
    static let httpAPIVersion1Event = """
        {
          "version": "1.0",
          "resource": "$default",
          "path": "/",
          "httpMethod": "GET",
          "headers": {"Content-Length": "0", "Host": "api.example.com", "user-agent": "Mozilla/5.0"},
          "multiValueHeaders": {"Content-Length": ["0"], "Host": ["api.example.com"], "user-agent": ["Mozilla/5.0"]},
          "queryStringParameters": null,
          "multiValueQueryStringParameters": null,
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "id",
            "authorizer": {"claims": null, "scopes": null},
            "domainName": "id.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "id",
            "extendedRequestId": "SomeValue=",
            "httpMethod": "GET",
            "identity": {
              "accessKey": null, "accountId": null, "caller": null,
              "cognitoAuthenticationProvider": null, "cognitoAuthenticationType": null,
              "cognitoIdentityId": null, "cognitoIdentityPoolId": null, "principalOrgId": null,
              "sourceIp": "192.0.2.1", "user": null, "userAgent": "Mozilla/5.0", "userArn": null
            },
            "path": "/",
            "protocol": "HTTP/1.1",
            "requestId": "id=",
            "requestTime": "04/Mar/2020:19:15:17 +0000",
            "requestTimeEpoch": 1583349317135,
            "resourceId": "$default",
            "resourcePath": "$default",
            "stage": "$default"
          },
          "pathParameters": null,
          "stageVariables": null,
          "body": null,
          "isBase64Encoded": false
        }
        """

    @Test func decodesARESTAPIEvent() throws {
        let request = try decode(APIGatewayRequest.self, from: Self.restEvent)
        #expect(request.version == nil)
        #expect(request.resource == "/orders/{id}")
        #expect(request.path == "/orders/42")
        #expect(request.httpMethod == "POST")
        #expect(request.headers["Host"] == "abc123.execute-api.eu-west-1.amazonaws.com")
        #expect(request.multiValueQueryStringParameters["expand"] == ["items", "lines"])
        #expect(request.queryStringParameters == ["expand": "lines"])
        #expect(request.pathParameters == ["id": "42"])
        #expect(request.stageVariables.isEmpty)
        #expect(request.body == #"{"quantity":2}"#)
        #expect(request.isBase64Encoded == false)

        let context = request.requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.apiId == "abc123")
        #expect(context.resourceId == "x1y2z3")
        #expect(context.stage == "prod")
        #expect(context.requestId == "c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
        #expect(context.extendedRequestId == "Fb3xVGb0DoEFkXw=")
        #expect(context.requestTime == "21/Nov/2026:16:37:32 +0000")
        #expect(context.requestTimeEpoch == 1_795_279_052_000)
        #expect(context.path == "/prod/orders/42")
        #expect(context.protocol == "HTTP/1.1")
        #expect(context.httpMethod == "POST")
        #expect(context.resourcePath == "/orders/{id}")
        #expect(context.domainName == "abc123.execute-api.eu-west-1.amazonaws.com")
        #expect(context.domainPrefix == "abc123")
        #expect(context.identity.sourceIp == "203.0.113.7")
        #expect(context.identity.userAgent == "curl/8.5.0")
        #expect(context.identity.cognitoIdentityId == nil)
        #expect(context.authorizer?["claims"]?["email"]?.stringValue == "ada@example.com")
    }

    @Test func decodesAnHTTPAPIPayloadVersion1EventWithNullMaps() throws {
        let request = try decode(APIGatewayRequest.self, from: Self.httpAPIVersion1Event)
        #expect(request.version == "1.0")
        #expect(request.resource == "$default")
        #expect(request.queryStringParameters.isEmpty)
        #expect(request.multiValueQueryStringParameters.isEmpty)
        #expect(request.pathParameters.isEmpty)
        #expect(request.stageVariables.isEmpty)
        #expect(request.body == nil)
        #expect(try request.bodyData() == nil)
        #expect(request.requestContext.resourceId == "$default")
        #expect(request.requestContext.identity.sourceIp == "192.0.2.1")
        #expect(request.requestContext.authorizer == ["claims": nil, "scopes": nil])
    }

    @Test func decodesWhenOptionalMapsAreLeftOut() throws {
        let json = """
            {"resource":"/","path":"/","httpMethod":"GET","requestContext":{"accountId":"1","apiId":"a",
             "stage":"test","requestId":"r","httpMethod":"GET","identity":{"sourceIp":"test-invoke-source-ip"}}}
            """
        let request = try decode(APIGatewayRequest.self, from: json)
        #expect(request.headers.isEmpty)
        #expect(request.multiValueHeaders.isEmpty)
        #expect(request.isBase64Encoded == false)
        #expect(request.requestContext.identity.sourceIp == "test-invoke-source-ip")
    }

    @Test(arguments: [restEvent, httpAPIVersion1Event])
    func roundTrips(event: String) throws {
        let request = try decode(APIGatewayRequest.self, from: event)
        #expect(try roundTripped(request) == request)
    }

    @Test func encodesEmptyParameterMapsAsNullLikeAPIGateway() throws {
        let request = try decode(APIGatewayRequest.self, from: Self.httpAPIVersion1Event)
        let wire = try wireJSON(request)
        #expect(wire["queryStringParameters"] == .null)
        #expect(wire["multiValueQueryStringParameters"] == .null)
        #expect(wire["pathParameters"] == .null)
        #expect(wire["stageVariables"] == .null)
        #expect(wire["body"] == .null)
        #expect(wire["version"] == "1.0")
        #expect(wire["headers"]?["Host"] == "api.example.com")
        #expect(wire["requestContext"]?["protocol"] == "HTTP/1.1")
    }

    @Test func findsHeadersWhateverTheirCase() throws {
        let request = try decode(APIGatewayRequest.self, from: Self.restEvent)
        #expect(request.header("content-type") == "application/json")
        #expect(request.header("CONTENT-TYPE") == "application/json")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Authorization") == nil)
    }

    @Test func decodesTheJSONBody() throws {
        struct OrderChange: Decodable, Equatable { var quantity: Int }
        let request = try decode(APIGatewayRequest.self, from: Self.restEvent)
        #expect(try request.decodeBody(as: OrderChange.self) == OrderChange(quantity: 2))
        #expect(try request.bodyData() == Data(#"{"quantity":2}"#.utf8))
    }

    @Test func decodesABase64Body() throws {
        var request = try decode(APIGatewayRequest.self, from: Self.restEvent)
        request.body = Data([0x00, 0xFF, 0x10]).base64EncodedString()
        request.isBase64Encoded = true
        #expect(try request.bodyData() == Data([0x00, 0xFF, 0x10]))
    }

    @Test func reportsABadBase64BodyAndAMissingBody() throws {
        var request = try decode(APIGatewayRequest.self, from: Self.restEvent)
        request.body = "not base64!"
        request.isBase64Encoded = true
        #expect(throws: EventBodyError.invalidBase64) { try request.bodyData() }
        request.body = nil
        #expect(throws: EventBodyError.missingBody) { try request.decodeBody(as: JSONValue.self) }
    }
}
