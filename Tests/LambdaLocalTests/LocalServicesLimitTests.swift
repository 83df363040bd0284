import CurlHTTP
import Foundation
import Testing

/// Requests a hostile client sends to the local DynamoDB and DynamoDB Streams: each gets the
/// service's error, and the server goes on answering.
@Suite struct LocalServicesLimitTests {
    static func call(_ endpoint: String, _ target: String, _ body: String) async throws -> CurlResponse {
        try await HTTPClient.request(
            "POST", endpoint + "/", headers: [("X-Amz-Target", target), ("Content-Type", "application/x-amz-json-1.0")],
            body: Data(body.utf8))
    }

    @Test func deepExpressionsAndMalformedStreamRequestsAreRefused() async throws {
        let project = try FixtureProject.create(template: LocalServicesTests.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = server.addresses["Lambda Invoke API"]!

        let parentheses = String(repeating: "(", count: 1_700) + "pk = :v" + String(repeating: ")", count: 1_700)
        let put = try await Self.call(endpoint, "DynamoDB_20120810.PutItem", """
            {"TableName":"orders","Item":{"pk":{"S":"a"},"sk":{"N":"1"}},"ConditionExpression":"\(parentheses)",\
            "ExpressionAttributeValues":{":v":{"S":"a"}}}
            """)
        #expect(put.status == 400)
        #expect((put.json["__type"] as? String)?.hasSuffix("#ValidationException") == true)
        #expect(put.json["message"] as? String == "Invalid ConditionExpression: The expression has redundant parentheses;")
        let nots = String(repeating: "NOT ", count: 1_000) + "pk = :v"
        let scan = try await Self.call(endpoint, "DynamoDB_20120810.Scan", """
            {"TableName":"orders","FilterExpression":"\(nots)","ExpressionAttributeValues":{":v":{"S":"a"}}}
            """)
        #expect(scan.json["message"] as? String == "Invalid FilterExpression: The expression contains too many operators; operator count: 301")

        for body in ["{nope", "[1]", "\"text\""] {
            let streams = try await Self.call(endpoint, "DynamoDBStreams_20120810.ListStreams", body)
            #expect(streams.status == 400)
            #expect((streams.json["__type"] as? String)?.hasSuffix("#SerializationException") == true, "body \(body)")
        }
        let empty = try await Self.call(endpoint, "DynamoDBStreams_20120810.ListStreams", "")
        #expect(empty.status == 200)

        let tables = try await Self.call(endpoint, "DynamoDB_20120810.ListTables", "{}")
        #expect((tables.json["TableNames"] as? [String])?.contains("orders") == true)
        await server.stop()
    }
}
