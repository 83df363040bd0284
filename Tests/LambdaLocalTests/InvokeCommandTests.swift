import Foundation
import Testing

/// `lambda-local invoke` end to end: the real CLI, the real runtime, a real fixture function.
@Suite struct InvokeCommandTests {
    @Test func printsTheResponseAloneOnStandardOutputAndLambdasLinesOnStandardError() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        try project.write("event.json", #"{"greeting": "hi", "n": [1, 2.5]}"#)
        let run = try await project.lambdaLocal(["invoke", "Echo", "-e", "event.json"])
        #expect(run.status == 0)
        #expect(run.stdoutText == #"{"greeting": "hi", "n": [1, 2.5]}"# + "\n")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let start = try #require(lines.first { $0.hasPrefix("START RequestId: ") })
        let requestID = String(start.dropFirst("START RequestId: ".count).prefix(36))
        #expect(start == "START RequestId: \(requestID) Version: $LATEST")
        #expect(lines.contains("END RequestId: \(requestID)"))
        let report = try #require(lines.first { $0.hasPrefix("REPORT RequestId: \(requestID)\t") })
        let fields = report.split(separator: "\t").map(String.init)
        #expect(fields.count == 6)
        #expect(fields[1].hasPrefix("Duration: ") && fields[1].hasSuffix(" ms"))
        #expect(fields[2].hasPrefix("Billed Duration: ") && fields[2].hasSuffix(" ms"))
        #expect(fields[3] == "Memory Size: 128 MB")
        let memory = Int(fields[4].dropFirst("Max Memory Used: ".count).dropLast(" MB".count)) ?? 0
        #expect(memory > 0 && memory < 128)
        #expect(fields[5].hasPrefix("Init Duration: "))
    }

    @Test func readsTheEventFromStandardInputAndSendsAnEmptyObjectWithoutOne() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let piped = try await project.lambdaLocal(["invoke", "Echo", "-e", "-"], stdin: Data("[1,2,3]".utf8))
        #expect(piped.status == 0)
        #expect(piped.stdoutText == "[1,2,3]\n")
        let empty = try await project.lambdaLocal(["invoke", "Echo"])
        #expect(empty.stdoutText == "{}\n")
    }

    @Test func aFunctionErrorIsPrintedAsTheInvokeAPIReturnsItAndExitsWithOne() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Fail", "-e", "-"], stdin: Data(#"{"message":"card declined"}"#.utf8))
        #expect(run.status == 1)
        #expect(run.json["errorType"] as? String == "FixtureFailure")
        #expect(run.json["errorMessage"] as? String == "card declined")
        #expect(run.json["stackTrace"] is [Any])
        #expect(run.stderr.contains("ERROR\tFixtureFailure: card declined"))
    }

    @Test func anUndecodableEventIsReportedAsAnUnmarshalError() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let good = try await project.lambdaLocal(["invoke", "Typed", "-e", "-"], stdin: Data(#"{"id":4,"items":["a","b"]}"#.utf8))
        #expect(good.json["id"] as? Int == 4)
        #expect(good.json["itemCount"] as? Int == 2)
        let bad = try await project.lambdaLocal(["invoke", "Typed", "-e", "-"], stdin: Data(#"{"id":4}"#.utf8))
        #expect(bad.status == 1)
        #expect(bad.json["errorType"] as? String == "Runtime.UnmarshalError")
        #expect((bad.json["errorMessage"] as? String)?.contains("'items'") == true)
    }

    @Test func aTimeoutKillsTheFunctionAndIsReportedAsLambdaDoes() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Sleep", "-e", "-"], stdin: Data(#"{"seconds": 30}"#.utf8))
        #expect(run.status == 1)
        #expect(run.elapsed < .seconds(10))
        #expect(run.stderr.contains("Task timed out after 1.00 seconds"))
        #expect(run.stderr.contains("\tStatus: timeout"))
        #expect(run.json["errorType"] as? String == "Sandbox.Timedout")
        #expect((run.json["errorMessage"] as? String)?.hasSuffix("Task timed out after 1.00 seconds") == true)
    }

    @Test func aFunctionThatFinishesInTimeIsNotCutShort() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Sleep", "-e", "-"], stdin: Data(#"{"seconds": 0.2}"#.utf8))
        #expect(run.status == 0)
        #expect(run.stdoutText == #"{"slept":0.2}"# + "\n")
    }

    @Test func aCrashIsARuntimeExitErrorWithTheStatusOrSignal() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let exited = try await project.lambdaLocal(["invoke", "Crash", "-e", "-"], stdin: Data(#"{"how":"exit"}"#.utf8))
        #expect(exited.status == 1)
        #expect(exited.json["errorType"] as? String == "Runtime.ExitError")
        #expect((exited.json["errorMessage"] as? String)?.hasSuffix("Runtime exited with error: exit status 3") == true)
        let aborted = try await project.lambdaLocal(["invoke", "Crash", "-e", "-"], stdin: Data(#"{"how":"abort"}"#.utf8))
        #expect(aborted.status == 1)
        #expect((aborted.json["errorMessage"] as? String)?.hasSuffix("Runtime exited with error: signal: aborted") == true)
    }

    @Test func aFailedInitIsReportedWithTheInitError() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "InitFail"])
        #expect(run.status == 1)
        #expect(run.json["errorType"] as? String == "FixtureInitFailure")
        #expect(run.stderr.contains("INIT_REPORT Init Duration: "))
        #expect(run.stderr.contains("Status: error\tError Type: FixtureInitFailure"))
        #expect(!run.stderr.contains("START RequestId"))

        let crashed = try await project.lambdaLocal(["invoke", "InitCrash"])
        #expect(crashed.status == 1)
        #expect(crashed.json["errorType"] as? String == "Runtime.ExitError")
        #expect((crashed.json["errorMessage"] as? String)?.hasSuffix("exit status 7") == true)
    }

    @Test func responseBytesPassThroughUnchanged() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Garbage"])
        #expect(run.status == 0)
        #expect(Array(run.stdout) == [0xff, 0xfe, 0x00, 0x41, 0x0a])
    }

    @Test func theContextCarriesTheTemplatesSettings() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Context", "--region", "eu-west-1"])
        #expect(run.status == 0)
        #expect(run.json["functionName"] as? String == "context-dev")
        #expect(run.json["functionVersion"] as? String == "$LATEST")
        #expect(run.json["memorySize"] as? Int == 512)
        #expect(run.json["logGroupName"] as? String == "/aws/lambda/context-dev")
        #expect(run.json["invokedFunctionARN"] as? String == "arn:aws:lambda:eu-west-1:123456789012:function:context-dev")
        let remaining = run.json["remainingMilliseconds"] as? Int ?? 0
        #expect(remaining > 3_000 && remaining <= 5_000)
        #expect(run.stderr.contains("Memory Size: 512 MB"))
    }

    @Test func logsFollowTheTemplatesLoggingConfig() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Logs"])
        #expect(run.status == 0)
        let jsonLines = run.stderr.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let warning = try #require(jsonLines.first { $0["message"] as? String == "a warning line" })
        #expect(warning["level"] as? String == "WARN")
        #expect((warning["requestId"] as? String)?.count == 36)
        #expect(warning["timestamp"] is String)
        #expect(!run.stderr.contains("an info line"))
        #expect(!run.stderr.contains("a debug line"))
        #expect(run.stderr.contains("a line on standard output"))
    }

    @Test func variablesApplyInOrderLambdaThenTemplateThenSharedThenFunction() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        try project.write("env.json", """
            {
              "Parameters": {"OVERRIDDEN_BY_SHARED": "shared", "OVERRIDDEN_BY_FUNCTION": "shared", "ONLY_SHARED": "shared"},
              "Env": {"OVERRIDDEN_BY_FUNCTION": "function", "UNDECLARED": 42, "FLAG": true}
            }
            """)
        let run = try await project.lambdaLocal([
            "invoke", "Env", "--env-vars", "env.json", "--parameter-overrides", "Stage=prod", "--region", "ap-south-1",
        ])
        #expect(run.status == 0)
        let variables = run.json
        #expect(variables["FROM_GLOBALS"] as? String == "global")
        #expect(variables["FROM_TEMPLATE"] as? String == "template")
        #expect(variables["OVERRIDDEN_BY_SHARED"] as? String == "shared")
        #expect(variables["OVERRIDDEN_BY_FUNCTION"] as? String == "function")
        #expect(variables["ONLY_SHARED"] as? String == "shared")
        #expect(variables["UNDECLARED"] as? String == "42")
        #expect(variables["FLAG"] as? String == "true")
        #expect(variables["STAGE"] as? String == "prod")
        #expect(variables["TABLE"] as? String == "items-prod")
        #expect(variables["AWS_REGION"] as? String == "ap-south-1")
        #expect(variables["AWS_LAMBDA_FUNCTION_NAME"] as? String == "Env")
        #expect(variables["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] as? String == "128")
        #expect(variables["_HANDLER"] as? String == "env")
        #expect(variables["LAMBDA_TASK_ROOT"] as? String == "\(project.directory)/fixture")
        #expect((variables["AWS_LAMBDA_RUNTIME_API"] as? String)?.hasPrefix("127.0.0.1:") == true)
        #expect((variables["AWS_LAMBDA_LOG_STREAM_NAME"] as? String)?.contains("[$LATEST]") == true)
        #expect(variables["AWS_ACCESS_KEY_ID"] != nil)
    }

    @Test func aFunctionWithoutBootstrapRunsThePackagesProductOfTheSameName() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "LambdaFixture", "--skip-build", "-e", "-"], stdin: Data("\"product\"".utf8))
        #expect(run.status == 0)
        #expect(run.stdoutText == "\"product\"\n")
    }

    @Test func aBootstrapThatCannotStartIsAnInvalidEntrypointAsOnLambda() async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              Broken:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x
                  CodeUri: broken
            """)
        defer { project.remove() }
        try FileManager.default.createDirectory(atPath: "\(project.directory)/broken", withIntermediateDirectories: true)
        try project.write("broken/bootstrap", "#!/nonexistent/interpreter\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(project.directory)/broken/bootstrap")
        let run = try await project.lambdaLocal(["invoke", "Broken"])
        #expect(run.status == 1)
        #expect(run.json["errorType"] as? String == "Runtime.InvalidEntrypoint")
        #expect((run.json["errorMessage"] as? String)?.contains("cannot start") == true)
        #expect(run.stderr.contains("cannot start"))
    }
}
