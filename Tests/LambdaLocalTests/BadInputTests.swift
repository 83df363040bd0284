import Foundation
import Testing

/// Every mistake a user can make gets one clear line on standard error and exit status 2:
/// no stack trace, nothing on standard output, no function started.
@Suite struct BadInputTests {
    /// Runs lambda-local and checks the common shape of a refusal; returns the message line.
    func refusal(_ arguments: [String], in project: FixtureProject, stdin: Data? = nil) async throws -> String {
        let run = try await project.lambdaLocal(arguments, stdin: stdin)
        #expect(run.status == 2, "exit status for \(arguments): \(run.status), stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!run.stderr.contains("START RequestId"))
        #expect(!run.stderr.contains("Fatal error"))
        let lines = run.stderr.split(separator: "\n")
        let errorLines = lines.filter { $0.hasPrefix("lambda-local: error: ") }
        #expect(errorLines.count == 1, "stderr: \(run.stderr)")
        return errorLines.first.map(String.init) ?? ""
    }

    @Test func anUnknownFunctionIsNamedWithTheFunctionsThatExist() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let message = try await refusal(["invoke", "Nope"], in: project)
        #expect(message.contains("no function named Nope"))
        #expect(message.contains("Echo"))
    }

    @Test func aMissingEventFileIsNamed() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let message = try await refusal(["invoke", "Echo", "-e", "events/missing.json"], in: project)
        #expect(message.contains("events/missing.json"))
        #expect(message.contains("no such file"))
    }

    @Test func anInvalidJSONEventIsNamedWithThePosition() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        try project.write("bad.json", "{\n  \"a\": 1,\n  oops\n}")
        let message = try await refusal(["invoke", "Echo", "-e", "bad.json"], in: project)
        #expect(message.contains("bad.json is not valid JSON"))
        #expect(message.contains("line 3"))
        let empty = try await refusal(["invoke", "Echo", "-e", "-"], in: project, stdin: Data())
        #expect(empty.contains("empty"))
    }

    @Test func anEventOverLambdasSynchronousLimitIsRefusedWithBothSizes() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let oversize = Data(("\"" + String(repeating: "x", count: 7_000_000 - 2) + "\"").utf8)
        try oversize.write(to: URL(fileURLWithPath: "\(project.directory)/big.json"))
        let fromFile = try await refusal(["invoke", "Echo", "-e", "big.json"], in: project)
        #expect(fromFile == "lambda-local: error: the event file big.json is 7000000 bytes, over the 6291456 bytes Lambda takes for a synchronous invocation")
        let justOver = Data(("\"" + String(repeating: "x", count: 6_291_457 - 2) + "\"").utf8)
        let fromInput = try await refusal(["invoke", "Echo", "-e", "-"], in: project, stdin: justOver)
        #expect(fromInput.contains("the event on standard input is 6291457 bytes, over the 6291456 bytes"))
    }

    @Test func aBrokenTemplateIsNamedWithTheLine() async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              Echo:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: echo
                  CodeUri: [unclosed
            """)
        defer { project.remove() }
        let message = try await refusal(["invoke", "Echo"], in: project)
        #expect(message.contains("template.yaml"))
        #expect(message.contains("line"))
    }

    @Test(arguments: [
        ("BROKEN: !If [OnlyTwo, arguments]", "Fn::If takes 3 arguments"),
        ("BROKEN: !Sub \"${unclosed\"", "Fn::Sub has a variable that is never closed"),
    ])
    func aTemplateWithABadIntrinsicIsNamedWithTheLine(variable: String, problem: String) async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              Echo:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: echo
                  CodeUri: fixture
                  Environment:
                    Variables:
                      \(variable)
            """)
        defer { project.remove() }
        let message = try await refusal(["invoke", "Echo"], in: project)
        #expect(message.contains("line 9"))
        #expect(message.contains(problem))
    }

    @Test func aNumberOutsideLambdasRangeIsNamedWithTheLine() async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              Echo:
                Type: AWS::Serverless::Function
                Properties: {Handler: echo, CodeUri: fixture, Timeout: -5}
            """)
        defer { project.remove() }
        let message = try await refusal(["invoke", "Echo"], in: project)
        #expect(message.contains("line 4"))
        #expect(message.contains("Timeout of function 'Echo' is -5, outside the allowed 1 to 900 seconds"))
    }

    @Test func aMissingTemplateIsNamed() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let message = try await refusal(["invoke", "Echo", "-t", "nowhere.yaml"], in: project)
        #expect(message.contains("nowhere.yaml"))
    }

    @Test func aBadParameterOverrideIsNamed() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let notAllowed = try await refusal(["invoke", "Echo", "--parameter-overrides", "Stage=qa"], in: project)
        #expect(notAllowed.contains("Stage"))
        let malformed = try await refusal(["invoke", "Echo", "--parameter-overrides", "Stage"], in: project)
        #expect(malformed.contains("Name=Value"))
    }

    @Test func aBadEnvVarsFileIsNamed() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        try project.write("env.json", #"{"Echo": ["not", "an", "object"]}"#)
        let message = try await refusal(["invoke", "Echo", "--env-vars", "env.json"], in: project)
        #expect(message.contains("env.json"))
        let missing = try await refusal(["invoke", "Echo", "--env-vars", "absent.json"], in: project)
        #expect(missing.contains("absent.json"))
    }

    @Test func aFunctionWithNothingToRunIsNamed() async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              NotBuilt:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x
                  CodeUri: .
            """)
        defer { project.remove() }
        let message = try await refusal(["invoke", "NotBuilt", "--skip-build"], in: project)
        #expect(message.contains("NotBuilt is not built"))
    }

    @Test func codeInS3IsNamedAsSomethingThatCannotRunLocally() async throws {
        let project = try FixtureProject.create(template: """
            Resources:
              Remote:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x
                  CodeUri: s3://my-bucket/remote.zip
            """)
        defer { project.remove() }
        for command in [["invoke", "Remote"], ["invoke", "Remote", "--skip-build"]] {
            let message = try await refusal(command, in: project)
            #expect(message.contains("function Remote has its code in S3 (CodeUri s3://my-bucket/remote.zip)"))
            #expect(message.contains("cannot be run locally"))
        }
    }

    @Test func aStateFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        for contents in ["x", "{\"some\": \"notes the user keeps\"}\n"] {
            try project.write("notes.txt", contents)
            let message = try await refusal(["invoke", "Echo", "--state", "notes.txt"], in: project)
            #expect(message.contains("\(project.directory)/notes.txt is not a lambda-local state file (SQLite database)"))
            #expect(try String(contentsOfFile: "\(project.directory)/notes.txt", encoding: .utf8) == contents)
        }
        // An empty file, like a missing one, becomes the state.
        try project.write("empty.sqlite", "")
        let run = try await project.lambdaLocal(["invoke", "Echo", "--state", "empty.sqlite"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let header = try Data(contentsOf: URL(fileURLWithPath: "\(project.directory)/empty.sqlite")).prefix(15)
        #expect(String(decoding: header, as: UTF8.self) == "SQLite format 3")
    }

    @Test func aPatternTooLongOrTooDeepIsRefusedAsPutRuleWould() async throws {
        let tooLong = #"{"source": [""# + String(repeating: "a", count: 4_100) + #""]}"#
        let tooDeep = String(repeating: #"{"a": "#, count: 65) + #"["x"]"# + String(repeating: "}", count: 65)
        for (pattern, reason) in [(tooLong, "an event pattern can be at most 4096"), (tooDeep, "nests more than 64 levels deep")] {
            let project = try FixtureProject.create(template: """
                Resources:
                  Echo:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: echo
                      CodeUri: fixture
                      Events:
                        Placed:
                          Type: EventBridgeRule
                          Properties:
                            Pattern: '\(pattern)'
                """)
            defer { project.remove() }
            let message = try await refusal(["invoke", "Echo"], in: project)
            #expect(message.contains("Echo.Events.Placed (\(project.directory)/template.yaml:8): InvalidEventPatternException: "
                                     + "Event pattern is not valid. Reason: "), "\(message)")
            #expect(message.contains(reason))
        }
    }

    @Test func aDetailNestedTooDeepIsRefusedBeforeItIsDecoded() async throws {
        let project = try FixtureProject.standard()
        defer { project.remove() }
        let detail = String(repeating: #"{"a": "#, count: 300) + "1" + String(repeating: "}", count: 300)
        let message = try await refusal(["generate-event", "eventbridge", "custom-event", "--detail", detail], in: project)
        #expect(message == "lambda-local: error: --detail nests arrays and objects more than 64 levels deep")
    }
}
