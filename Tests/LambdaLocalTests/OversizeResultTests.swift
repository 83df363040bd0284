import Foundation
import Testing

/// A result over Lambda's 6 MB fails the invocation at once, as Lambda does, through every front
/// door; the runtime is told 413 and the same instance serves the next event.
///
/// The function is AWS's own Python runtime client in the mode Lambda Managed Instances run it
/// (`AWS_LAMBDA_MAX_CONCURRENCY` set): told 413, it logs the refusal and goes on to `/next` without
/// reporting an error, so nothing but the Runtime API server can end the invocation.
@Suite struct OversizeResultTests {
    /// Long enough that waiting for the deadline cannot pass for failing at once.
    static let timeoutSeconds = 30
    /// Over the limit (6,291,556 bytes) by a margin.
    static let oversize = 7_000_000

    static let expectedError =
        #"{"errorMessage":"Response payload size exceeded maximum allowed payload size (6291556 bytes).","errorType":"Function.ResponseSizeTooLarge"}"#

    static let template = """
        Globals:
          Function:
            Runtime: provided.al2
            Timeout: \(timeoutSeconds)
        Resources:
          Python:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.handler
              CodeUri: \(ForeignRuntimeTests.pythonFunction)
              Environment:
                Variables:
                  AWS_LAMBDA_MAX_CONCURRENCY: "1"
              Events:
                Big:
                  Type: HttpApi
                  Properties:
                    Path: /big
                    Method: get
          Swift:
            Type: AWS::Serverless::Function
            Properties: {Handler: big, CodeUri: fixture}
        """

    /// Whether an answer came in well before the function's timeout, which is when it came before.
    static func cameAtOnce(_ seconds: Double) -> Bool {
        seconds < Double(timeoutSeconds) / 2
    }

    @Test func invokePrintsLambdasErrorAtOnceAndExitsWithOne() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        try project.write("big.json", #"{"bytes": \#(Self.oversize)}"#)
        let run = try await project.lambdaLocal(["invoke", "Python", "-e", "big.json"])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(run.stdoutText == Self.expectedError + "\n")
        #expect(Self.cameAtOnce(Double(run.elapsed.components.seconds)), "took \(run.elapsed): \(run.stderr)")
        #expect(run.stderr.contains("REPORT RequestId: "))
        #expect(!run.stderr.contains("Task timed out"))
    }

    @Test func theInvokeAPIAnswersUnhandledAtOnceAndTheInstanceServesTheNextEvent() async throws {
        let project = try FixtureProject.create(template: Self.template)
        let server = try await ServerProcess(["start-lambda", "--port", "0"], in: project.directory, expecting: ["Lambda Invoke API"])
        let endpoint = try #require(server.addresses["Lambda Invoke API"])
        func invoke(_ function: String, _ payload: String) async throws -> [String: Any] {
            try await lambdaClient(endpoint, ["invoke", function, "--payload", payload])
        }

        let before = try await invoke("Python", "{}")
        let pid = try #require(Self.pid(before))
        // A response over the limit, then an error report over it.
        for payload in [#"{"bytes": \#(Self.oversize)}"#, #"{"bytes": \#(Self.oversize), "fail": true}"#] {
            let failed = try await invoke("Python", payload)
            #expect(failed["status"] as? Int == 200)
            #expect(failed["functionError"] as? String == "Unhandled")
            #expect(failed["payload"] as? String == Self.expectedError)
            let seconds = try #require(failed["seconds"] as? Double)
            #expect(Self.cameAtOnce(seconds), "took \(seconds) s: \(server.log)")
        }
        let after = try await invoke("Python", "{}")
        #expect(after["functionError"] is NSNull)
        #expect(Self.pid(after) == pid)

        // lambda-local's own runtime reports an error after the 413; the caller gets Lambda's.
        let swift = try await invoke("Swift", #"{"bytes": \#(Self.oversize)}"#)
        #expect(swift["payload"] as? String == Self.expectedError)

        let log = server.log
        #expect(!log.contains("Task timed out"))
        #expect(log.components(separatedBy: "REPORT RequestId: ").count - 1 == 5)
        await server.stop()
        project.remove()
    }

    @Test func anAPIRouteAnswers502AtOnceAndThenServesTheRoute() async throws {
        let project = try FixtureProject.create(template: Self.template)
        let server = try await ServerProcess(["start-api", "--port", "0"], in: project.directory, expecting: ["API Gateway"])
        let base = try #require(server.addresses["API Gateway"])
        let started = ContinuousClock.now
        let failed = try await HTTPClient.request("GET", base + "/big?bytes=\(Self.oversize)")
        let elapsed = ContinuousClock.now - started
        #expect(failed.status == 502)
        #expect(Self.cameAtOnce(Double(elapsed.components.seconds)), "took \(elapsed): \(server.log)")
        let next = try await HTTPClient.request("GET", base + "/big")
        #expect(next.status == 200)
        #expect(next.json["runtime"] as? String == "python")
        await server.stop()
        project.remove()
    }

    /// The process id the Python function reported in its payload.
    static func pid(_ result: [String: Any]) -> Int? {
        let payload = Data((result["payload"] as? String ?? "").utf8)
        return (try? JSONSerialization.jsonObject(with: payload) as? [String: Any])?["pid"] as? Int
    }
}
