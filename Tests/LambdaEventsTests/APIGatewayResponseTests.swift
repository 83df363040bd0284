#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents
import Testing

@Suite("APIGatewayResponse")
struct APIGatewayResponseTests {
    @Test func decodesAResponseWithNullsAndMissingFields() throws {
        let json = """
            {"statusCode":204,"headers":null,"multiValueHeaders":{"Set-Cookie":["a=1","b=2"]},"body":null}
            """
        let response = try decode(APIGatewayResponse.self, from: json)
        #expect(response.statusCode == 204)
        #expect(response.headers.isEmpty)
        #expect(response.multiValueHeaders["Set-Cookie"] == ["a=1", "b=2"])
        #expect(response.body == nil)
        #expect(response.isBase64Encoded == false)
        #expect(try roundTripped(response) == response)
    }

    @Test func encodesTheWireFields() throws {
        let response = APIGatewayResponse(
            statusCode: 201,
            headers: ["Location": "/orders/42"],
            multiValueHeaders: ["Set-Cookie": ["a=1", "b=2"]],
            body: "created",
            isBase64Encoded: false
        )
        #expect(try wireJSON(response) == [
            "statusCode": 201,
            "headers": ["Location": "/orders/42"],
            "multiValueHeaders": ["Set-Cookie": ["a=1", "b=2"]],
            "body": "created",
            "isBase64Encoded": false,
        ])
        #expect(try roundTripped(response) == response)
    }

    @Test func leavesOutEmptyHeadersAndMissingBody() throws {
        #expect(try wireJSON(APIGatewayResponse(statusCode: 204)) == ["statusCode": 204, "isBase64Encoded": false])
    }

    @Test func buildsAJSONBody() throws {
        struct Order: Codable, Equatable { var id: String }
        let response = try APIGatewayResponse(statusCode: 200, json: Order(id: "42"))
        #expect(response.headers == ["Content-Type": "application/json"])
        #expect(response.isBase64Encoded == false)
        let body = try #require(response.body)
        #expect(try decode(Order.self, from: body) == Order(id: "42"))
    }

    @Test func buildsATextBodyKeepingTheCallersContentType() {
        let response = APIGatewayResponse(statusCode: 404, headers: ["content-type": "text/html"], text: "<p>no</p>")
        #expect(response.statusCode == 404)
        #expect(response.headers == ["content-type": "text/html"])
        #expect(response.body == "<p>no</p>")
        let plain = APIGatewayResponse(text: "hi")
        #expect(plain.statusCode == 200)
        #expect(plain.headers["Content-Type"] == "text/plain; charset=utf-8")
    }

    @Test func buildsABinaryBodyAsBase64() {
        let response = APIGatewayResponse(binary: Data([0x89, 0x50, 0x4E, 0x47]), contentType: "image/png")
        #expect(response.isBase64Encoded)
        #expect(response.body == "iVBORw==")
        #expect(response.headers["Content-Type"] == "image/png")
    }
}
