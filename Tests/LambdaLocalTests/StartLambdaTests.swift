import Foundation
import Testing

/// `lambda-local start-lambda` serves the Invoke API to AWS's own clients (boto3, the AWS CLI), over
/// warm, concurrent, self-healing instance pools, and stops cleanly.
@Suite struct StartLambdaTests {
    static let template = """
        Globals:
          Function:
            CodeUri: fixture
            Runtime: provided.al2
            Timeout: 5
        Resources:
          Echo:
            Type: AWS::Serverless::Function
            Properties: {Handler: echo}
          Fail:
            Type: AWS::Serverless::Function
            Properties: {Handler: fail}
          Pid:
            Type: AWS::Serverless::Function
            Properties: {Handler: pid}
          Flaky:
            Type: AWS::Serverless::Function
            Properties: {Handler: flaky}
          Slow:
            Type: AWS::Serverless::Function
            Properties: {Handler: pid, Timeout: 1}
          Limited:
            Type: AWS::Serverless::Function
            Properties: {Handler: pid, ReservedConcurrentExecutions: 2}
          Live:
            Type: AWS::Serverless::Function
            Properties: {Handler: context, AutoPublishAlias: live}
        """

    /// A project and a running `start-lambda` for one test.
    struct Running {
        let project: FixtureProject
        let server: ServerProcess
        var endpoint: String

        static func start(_ extra: [String] = []) async throws -> Running {
            let project = try FixtureProject.create(template: StartLambdaTests.template)
            let server = try await ServerProcess(
                ["start-lambda", "--port", "0"] + extra, in: project.directory, expecting: ["Lambda Invoke API"])
            return Running(project: project, server: server, endpoint: server.addresses["Lambda Invoke API"]!)
        }

        func invoke(
            _ function: String, _ payload: String = "{}", type: String = "RequestResponse", tail: Bool = false,
            qualifier: String? = nil
        ) async throws -> [String: Any] {
            try await lambdaClient(
                endpoint,
                ["invoke", function, "--payload", payload, "--type", type] + (tail ? ["--tail"] : [])
                    + (qualifier.map { ["--qualifier", $0] } ?? []))
        }

        func finish() async {
            await server.stop()
            project.remove()
        }
    }

    @Test func boto3InvokesAndGetsTheResponseVersionAndLogTail() async throws {
        let running = try await Running.start()
        let result = try await running.invoke("Echo", #"{"order":7}"#, tail: true)
        #expect(result["status"] as? Int == 200)
        #expect(result["payload"] as? String == #"{"order":7}"#)
        #expect(result["executedVersion"] as? String == "$LATEST")
        #expect(result["functionError"] is NSNull)
        let log = try #require(result["log"] as? String)
        #expect(log.contains("START RequestId: "))
        #expect(log.contains("END RequestId: "))
        #expect(log.contains("REPORT RequestId: "))
        // The terminal shows which names the Invoke API takes, and a call to copy.
        #expect(running.server.log.contains("lambda-local:   functions: Echo Fail Flaky Limited Live Pid Slow\n"))
        #expect(running.server.log.contains("aws lambda invoke --endpoint-url \(running.endpoint) --function-name Echo response.json"))
        await running.finish()
    }

    @Test func aFunctionErrorIsUnhandledWithTheErrorAsPayload() async throws {
        let running = try await Running.start()
        let result = try await running.invoke("Fail", #"{"message":"no stock"}"#)
        #expect(result["status"] as? Int == 200)
        #expect(result["functionError"] as? String == "Unhandled")
        let payload = try JSONSerialization.jsonObject(with: Data((result["payload"] as? String ?? "").utf8)) as? [String: Any]
        #expect(payload?["errorType"] as? String == "FixtureFailure")
        #expect(payload?["errorMessage"] as? String == "no stock")
        await running.finish()
    }

    @Test func unknownFunctionsOversizedAndInvalidPayloadsGetAWSsErrors() async throws {
        let running = try await Running.start()
        let missing = try await running.invoke("Nope")
        #expect(missing["error"] as? String == "ResourceNotFoundException")
        #expect((missing["message"] as? String)?.contains("function:Nope") == true)
        let tooLarge = try await lambdaClient(running.endpoint, ["invoke", "Echo", "--raw-size", "6291457"])
        #expect(tooLarge["error"] as? String == "RequestEntityTooLargeException")
        #expect(tooLarge["status"] as? Int == 413)
        #expect(tooLarge["message"] as? String
            == "6291457 byte payload is too large for the RequestResponse invocation type (limit 6291456 bytes)")
        let invalid = try await running.invoke("Echo", "{not json")
        #expect(invalid["error"] as? String == "InvalidRequestContentException")
        let byARN = try await running.invoke("arn:aws:lambda:us-east-1:123456789012:function:Echo", "1")
        #expect(byARN["payload"] as? String == "1")
        // The server is still serving after all that.
        #expect(try await running.invoke("Echo", "2")["payload"] as? String == "2")
        await running.finish()
    }

    @Test func aPathTheLambdaPortDoesNotServeGetsAnErrorBothProtocolsRead() async throws {
        let running = try await Running.start()
        // The path is the client's: quotes and backslashes in it must not break the JSON.
        let answer = try await HTTPClient.request("POST", running.endpoint + #"/nope/x"y\z"#)
        #expect(answer.status == 404)
        #expect(answer.values("X-Amzn-ErrorType") == ["UnknownOperationException"])
        #expect(answer.json["__type"] as? String == "UnknownOperationException")
        #expect((answer.json["message"] as? String)?.contains(#"x"y\z"#) == true, "\(answer.text)")
        await running.finish()
    }

    @Test func qualifiersRunLatestTheAliasOrVersionOneAndNothingElse() async throws {
        let running = try await Running.start()
        let arn = "arn:aws:lambda:us-east-1:123456789012:function"
        // A qualifier that names nothing is not quietly run as $LATEST.
        let unknown: [(name: String, qualifier: String?, named: String)] = [
            ("Echo:nope", nil, "Echo:nope"), ("Echo", "nope", "Echo:nope"), ("Echo", "1", "Echo:1"),
            ("Live:2", nil, "Live:2"), ("\(arn):Live:nope", nil, "Live:nope"),
        ]
        for (name, qualifier, named) in unknown {
            let missing = try await running.invoke(name, qualifier: qualifier)
            #expect(missing["error"] as? String == "ResourceNotFoundException", "\(name) \(qualifier ?? "")")
            #expect(missing["status"] as? Int == 404)
            #expect(missing["message"] as? String == "Function not found: \(arn):\(named)")
        }
        let disagreeing = try await running.invoke("Live:live", qualifier: "1")
        #expect(disagreeing["error"] as? String == "InvalidParameterValueException")
        #expect(disagreeing["status"] as? Int == 400)
        #expect(disagreeing["message"] as? String == "The derived qualifier from the function name does not match the specified qualifier.")

        let latest = try await running.invoke("Echo:$LATEST", "1")
        #expect(latest["payload"] as? String == "1")
        #expect(latest["executedVersion"] as? String == "$LATEST")
        #expect(try await running.invoke("123456789012:function:Echo", "2")["payload"] as? String == "2")
        for (name, qualifier) in [("Live:live", nil), ("Live", "live"), ("Live", "1"), ("\(arn):Live:live", "live")] {
            let result = try await running.invoke(name, qualifier: qualifier)
            #expect(result["executedVersion"] as? String == "1", "\(name) \(qualifier ?? "")")
            let context = try JSONSerialization.jsonObject(with: Data((result["payload"] as? String ?? "").utf8)) as? [String: Any]
            // The function sees the ARN it was invoked by, qualifier included.
            #expect(context?["invokedFunctionARN"] as? String == "\(arn):Live:\(qualifier ?? "live")")
        }
        #expect(running.server.log.contains("Version: 1\n"))
        await running.finish()
    }

    @Test func dryRunAnswers204AndRunsNothing() async throws {
        let running = try await Running.start()
        let result = try await running.invoke("Pid", type: "DryRun")
        #expect(result["status"] as? Int == 204)
        #expect(!running.server.log.contains("START RequestId"))
        await running.finish()
    }

    @Test func anEventInvocationIsAcceptedAtOnceAndRetriedTwiceOnFailure() async throws {
        let running = try await Running.start(["--async-retry-delay", "0.1"])
        let result = try await running.invoke("Fail", type: "Event")
        #expect(result["status"] as? Int == 202)
        let deadline = ContinuousClock.now + .seconds(20)
        while !running.server.log.contains("failed after 3 attempts") && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        let starts = running.server.log.split(separator: "\n").filter { $0.contains("Fail") && $0.contains("START RequestId") }
        #expect(starts.count == 3)
        // Every attempt carries the same request id.
        #expect(Set(starts.map { $0.split(separator: " ").dropLast(2).last ?? "" }).count == 1)
        await running.finish()
    }

    @Test func anEventTakesUpToOneMegabyteAndIsRefusedBeyond() async throws {
        let running = try await Running.start()
        let over = try await lambdaClient(running.endpoint, ["invoke", "Echo", "--type", "Event", "--raw-size", "1048577"])
        #expect(over["error"] as? String == "RequestEntityTooLargeException")
        #expect(over["status"] as? Int == 413)
        #expect(over["message"] as? String == "1048577 byte payload is too large for the Event invocation type (limit 1048576 bytes)")
        let limit = try await lambdaClient(running.endpoint, ["invoke", "Echo", "--type", "Event", "--raw-size", "1048576"])
        #expect(limit["status"] as? Int == 202, "\(limit)")
        let deadline = ContinuousClock.now + .seconds(20)
        while !running.server.log.contains("REPORT RequestId") && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(running.server.log.contains("REPORT RequestId"), "the accepted event ran")
        await running.finish()
    }

    @Test func theAWSCLIInvokesToo() async throws {
        let running = try await Running.start()
        let output = running.project.directory + "/cli-out.json"
        let run = try await CommandRun.run(
            "/usr/bin/env",
            ["aws", "lambda", "invoke", "--endpoint-url", running.endpoint, "--region", "us-east-1",
             "--function-name", "Echo", "--payload", #"{"from":"cli"}"#, output],
            in: running.project.directory,
            environment: ["AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_PAGER": ""])
        #expect(run.status == 0, "aws cli: \(run.stderr)")
        #expect(run.stdoutText.contains("\"StatusCode\": 200"))
        #expect((try? String(contentsOfFile: output, encoding: .utf8)) == #"{"from":"cli"}"#)
        await running.finish()
    }

    @Test func parallelRequestsAreServedByAsManyInstancesAndThenReuseThem() async throws {
        let running = try await Running.start()
        let first = try await lambdaClient(running.endpoint, ["parallel", "Pid", "6", "--payloads", #"["{\"seconds\":1}"]"#])
        let results = try #require(first["results"] as? [[String: Any]])
        let pids = Set(results.compactMap { Self.pid($0) })
        #expect(pids.count == 6)
        // Six one-second invocations at once take about one second, not six.
        #expect((first["seconds"] as? Double ?? 99) < 4)
        let again = try await lambdaClient(running.endpoint, ["parallel", "Pid", "6", "--payloads", #"["{\"seconds\":0.5}"]"#])
        let reused = Set((again["results"] as? [[String: Any]] ?? []).compactMap { Self.pid($0) })
        #expect(reused == pids, "warm instances are reused")
        await running.finish()
    }

    @Test func reservedConcurrencyQueuesTheRest() async throws {
        let running = try await Running.start()
        let run = try await lambdaClient(running.endpoint, ["parallel", "Limited", "4", "--payloads", #"["{\"seconds\":0.5}"]"#])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.allSatisfy { $0["functionError"] is NSNull })
        #expect(Set(results.compactMap { Self.pid($0) }).count == 2)
        #expect((run["seconds"] as? Double ?? 0) >= 0.9)
        await running.finish()
    }

    @Test func crashedAndTimedOutInstancesAreReplacedUnderLoad() async throws {
        let running = try await Running.start()
        let payloads = #"["{\"crash\":true}", "{}", "{}"]"#
        let run = try await lambdaClient(running.endpoint, ["parallel", "Flaky", "30", "--payloads", payloads])
        let results = try #require(run["results"] as? [[String: Any]])
        let crashed = results.filter { $0["functionError"] as? String == "Unhandled" }
        let served = results.filter { $0["functionError"] is NSNull }
        #expect(crashed.count == 10)
        #expect(served.count == 20)
        #expect(crashed.allSatisfy { ($0["payload"] as? String)?.contains("Runtime.ExitError") == true })
        #expect(try await running.invoke("Flaky")["functionError"] is NSNull)

        let timedOut = try await running.invoke("Slow", #"{"seconds":3}"#)
        #expect((timedOut["payload"] as? String)?.contains("Task timed out after 1.00 seconds") == true)
        #expect(try await running.invoke("Slow", #"{"seconds":0.1}"#)["functionError"] is NSNull)
        await running.finish()
    }

    @Test func idleInstancesRetire() async throws {
        let running = try await Running.start(["--idle-timeout", "8"])
        let result = try await running.invoke("Pid")
        let pid = try #require(Self.pid(result))
        #expect(processIsAlive(pid))
        let deadline = ContinuousClock.now + .seconds(40)
        while processIsAlive(pid) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(!processIsAlive(pid))
        #expect(Self.pid(try await running.invoke("Pid")) != pid)
        await running.finish()
    }

    @Test func watchReplacesInstancesWhenTheCodeChanges() async throws {
        let running = try await Running.start(["--watch"])
        let before = try #require(Self.pid(try await running.invoke("Pid")))
        #expect(Self.pid(try await running.invoke("Pid")) == before)
        try running.project.write("fixture/touched.txt", "a change in the function's code")
        let deadline = ContinuousClock.now + .seconds(15)
        while !running.server.log.contains("new instances will run the new build") && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        let after = try #require(Self.pid(try await running.invoke("Pid")))
        #expect(after != before)
        #expect(!processIsAlive(before))
        await running.finish()
    }

    @Test func shutdownFinishesInvocationsInFlightAndLeavesNoProcessBehind() async throws {
        let running = try await Running.start()
        _ = try await running.invoke("Pid")
        async let inFlight = running.invoke("Pid", #"{"seconds":1.5}"#)
        // Signal once the second invocation has started, not before: the client takes a while to start.
        let deadline = ContinuousClock.now + .seconds(20)
        while running.server.log.components(separatedBy: "START RequestId").count < 3 && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let children = running.server.childPIDs()
        #expect(!children.isEmpty)
        let status = await running.server.stop(signal: SIGTERM)
        let finished = try await inFlight
        #expect(finished["functionError"] is NSNull, "the invocation in flight completed: \(finished)")
        #expect(status == 0)
        #expect(children.allSatisfy { !processIsAlive($0) })
        #expect(running.server.log.contains("lambda-local: stopped"))
        running.project.remove()
    }

    static func pid(_ result: [String: Any]) -> Int32? {
        guard let payload = result["payload"] as? String,
              let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any]
        else { return nil }
        return (object["pid"] as? Int).map(Int32.init)
    }

    @Test func aServerWhoseParentDiesStopsItselfWhenAskedTo() async throws {
        let project = try FixtureProject.create(template: Self.template)
        defer { project.remove() }
        // bash starts lambda-local in the background, waits until it serves, and exits, leaving it an orphan.
        let run = try await CommandRun.run(
            "/bin/bash",
            ["-c", "LAMBDA_LOCAL_EXIT_WITH_PARENT=1 '\(BuiltProducts.lambdaLocal)' start-lambda --port 0 --in-memory < /dev/null > server.log 2>&1 & echo $!; "
                + "for _ in $(seq 600); do grep -q 'Lambda Invoke API on' server.log && break; sleep 0.1; done"],
            in: project.directory)
        let pid = try #require(Int32(run.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = ContinuousClock.now + .seconds(30)
        while processIsAlive(pid) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(!processIsAlive(pid))
        let log = (try? String(contentsOfFile: "\(project.directory)/server.log", encoding: .utf8)) ?? ""
        #expect(log.contains("lambda-local: stopped"), "\(log)")
    }
}
