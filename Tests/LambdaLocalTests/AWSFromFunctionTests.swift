import Foundation
import Testing

/// A function binary reads and writes DynamoDB and publishes to EventBridge with `AWSClient`, told
/// where to go by the standard endpoint variable only, here moto_server standing in for AWS.
@Suite struct AWSFromFunctionTests {
    @Test func aFunctionWritesReadsAndPublishesThroughTheStandardEndpointVariable() async throws {
        let moto = try await OffThread.run { try MotoServer() }
        let project = try FixtureProject.create(template: """
            Resources:
              Writer:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: fixture
                  Runtime: provided.al2
                  Handler: aws
                  Timeout: 20
            """)
        defer { project.remove() }
        try project.write("env.json", #"{"Writer": {"AWS_ENDPOINT_URL": "http://127.0.0.1:\#(moto.port)"}}"#)
        for _ in 0..<2 {
            let run = try await project.lambdaLocal(["invoke", "Writer", "--env-vars", "env.json"])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.json["written"] as? Bool == true)
            #expect(run.json["secondWriteRefused"] as? Bool == true)
            #expect(run.json["readBack"] as? String == "written by Writer")
            #expect(run.json["eventFailures"] as? Int == 0)
            #expect(run.json["dynamoEndpoint"] as? String == "http://127.0.0.1:\(moto.port)/")
        }
        withExtendedLifetime(moto) {}
    }
}
