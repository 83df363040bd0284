#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("APIGatewayV2Response")
struct APIGatewayV2ResponseTests {
    @Test func decodesAResponseAndRoundTrips() throws {
        let json = """
            {"statusCode":200,"headers":{"content-type":"text/plain"},"cookies":["a=1; Secure","b=2"],
             "body":"hello","isBase64Encoded":false}
            """
        let response = try decode(APIGatewayV2Response.self, from: json)
        #expect(response.statusCode == 200)
        #expect(response.headers == ["content-type": "text/plain"])
        #expect(response.cookies == ["a=1; Secure", "b=2"])
        #expect(response.body == "hello")
        #expect(response.isBase64Encoded == false)
        #expect(try roundTripped(response) == response)
    }

    @Test func decodesAMinimalResponse() throws {
        let response = try decode(APIGatewayV2Response.self, from: #"{"statusCode":204}"#)
        #expect(response == APIGatewayV2Response(statusCode: 204))
    }

    @Test func encodesOnlyWhatIsSet() throws {
        #expect(try wireJSON(APIGatewayV2Response(statusCode: 204)) == ["statusCode": 204, "isBase64Encoded": false])
        let response = APIGatewayV2Response(statusCode: 302, headers: ["location": "/"], cookies: ["s=1"], body: "")
        #expect(try wireJSON(response) == [
            "statusCode": 302, "headers": ["location": "/"], "cookies": ["s=1"], "body": "", "isBase64Encoded": false,
        ])
    }

    @Test func buildsJSONTextAndBinaryBodies() throws {
        let json = try APIGatewayV2Response(statusCode: 201, cookies: ["s=1"], json: ["id": "42"])
        #expect(json.statusCode == 201)
        #expect(json.cookies == ["s=1"])
        #expect(json.headers["Content-Type"] == "application/json")
        #expect(json.body == #"{"id":"42"}"#)

        let text = APIGatewayV2Response(text: "pong")
        #expect(text.body == "pong")
        #expect(text.headers["Content-Type"] == "text/plain; charset=utf-8")

        let binary = APIGatewayV2Response(headers: ["Content-Type": "application/pdf"], binary: Data("%PDF".utf8))
        #expect(binary.isBase64Encoded)
        #expect(binary.body == "JVBERg==")
        #expect(binary.headers == ["Content-Type": "application/pdf"])
    }
}
