import Foundation
import Testing

/// A runtime client nobody here wrote, AWS's own for Python (PyPI `awslambdaric`), run from a
/// `bootstrap` script as any provided.al2 custom runtime, against lambda-local's Runtime API.
@Suite struct ForeignRuntimeTests {
    static let pythonFunction = "\(BuiltProducts.packageRoot)/Tests/Fixtures/python"

    func project() throws -> FixtureProject {
        try FixtureProject.create(template: """
            Resources:
              Python:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: provided.al2
                  Handler: app.handler
                  CodeUri: \(Self.pythonFunction)
                  MemorySize: 256
            """)
    }

    @Test func awslambdaricIsInstalled() async throws {
        let check = try await CommandRun.run(
            "/usr/bin/env", ["python3", "-c", "import awslambdaric"], in: BuiltProducts.packageRoot)
        #expect(check.status == 0, "awslambdaric is missing: `pip install awslambdaric` (make test installs it)")
    }

    @Test func aPythonFunctionAnswersThroughAWSsRuntimeClient() async throws {
        let project = try project()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Python", "-e", "-"], stdin: Data(#"{"order": 12}"#.utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.json["runtime"] as? String == "python")
        #expect((run.json["echo"] as? [String: Any])?["order"] as? Int == 12)
        #expect(run.json["functionName"] as? String == "Python")
        #expect(run.json["memoryLimit"] as? String == "256")
        let requestID = try #require(run.json["requestId"] as? String)
        #expect(run.stderr.contains("START RequestId: \(requestID) Version: $LATEST"))
        #expect(run.stderr.contains("python handler ran"))
    }

    @Test func aPythonErrorKeepsItsTypeThoughTheClientSendsNoTypeHeader() async throws {
        let project = try project()
        defer { project.remove() }
        let run = try await project.lambdaLocal(["invoke", "Python", "-e", "-"], stdin: Data(#"{"fail": true}"#.utf8))
        #expect(run.status == 1)
        #expect(run.json["errorType"] as? String == "ValueError")
        #expect(run.json["errorMessage"] as? String == "python says no")
        #expect((run.json["stackTrace"] as? [String])?.isEmpty == false)
    }
}
