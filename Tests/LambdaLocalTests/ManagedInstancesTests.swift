import Foundation
import Testing

/// Our own runtime's concurrent form (`Lambda.runBytesConcurrently`) under `lambda-local start`:
/// one process serves as many invocations at once as `PerExecutionEnvironmentMaxConcurrency`
/// says, echoes each invocation's id, and goes on after the late answer of one that timed out is
/// refused.
@Suite struct ManagedInstancesTests {
    static let template = """
        Resources:
          Concurrent:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: fixture
              Runtime: provided.al2
              Handler: concurrent
              Timeout: 2
              CapacityProviderConfig:
                Arn: arn:aws:lambda:us-east-1:123456789012:capacity-provider/local
                PerExecutionEnvironmentMaxConcurrency: 4
        """

    static func body(_ result: [String: Any]) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data((result["payload"] as? String ?? "").utf8)) as? [String: Any]) ?? [:]
    }

    @Test func fourOverlappingInvocationsRunInOneProcessAndALateAnswerIsRefused() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        let server = try await ServerProcess(
            ["start-lambda", "--port", "0", "--in-memory"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = server.addresses["Lambda Invoke API"]!
        let first = try await lambdaClient(endpoint, ["invoke", "Concurrent", "--payload", #"{"seconds":0}"#])
        let pid = try #require(Self.body(first)["pid"] as? Int, "\(first)")

        // Four one-second invocations overlap in the one process: each caller waits about as long
        // as the whole round; one after the other, the round would take all four waits together.
        let round = try await lambdaClient(endpoint, ["parallel", "Concurrent", "4", "--payloads", #"["{\"seconds\":1}"]"#])
        let results = round["results"] as? [[String: Any]] ?? []
        #expect(results.count == 4)
        #expect(Set(results.compactMap { Self.body($0)["pid"] as? Int }) == [pid], "\(results)")
        let waited = results.reduce(0) { $0 + ($1["seconds"] as? Double ?? 0) }
        #expect((round["seconds"] as? Double ?? .infinity) < waited * 0.6, "\(round)")

        // One invocation outlives its timeout: its caller gets the timeout, the process goes on,
        // and its answer, when it comes, is refused rather than taken for another invocation's.
        let late = try await lambdaClient(endpoint, ["invoke", "Concurrent", "--payload", #"{"seconds":3}"#])
        #expect((Self.body(late)["errorMessage"] as? String)?.hasSuffix("Task timed out after 2.00 seconds") == true, "\(late)")
        try await Task.sleep(for: .seconds(2))
        let after = try await lambdaClient(endpoint, ["invoke", "Concurrent", "--payload", #"{"seconds":0}"#])
        #expect(Self.body(after)["pid"] as? Int == pid, "\(after)")
        #expect(server.log.contains("refused a late answer"), "\(server.log)")
        #expect(!server.log.contains("it echoed invocation"), "an answer echoed the wrong invocation id")
        await server.stop()
    }
}
