import Foundation
import Testing

/// A function binary reads and writes DynamoDB and publishes to EventBridge with `AWSClient`, told
/// where to go by the standard endpoint variable only, here moto_server standing in for AWS.
@Suite struct AWSFromFunctionTests {
    /// moto_server on a free loopback port, for as long as the test holds it.
    final class MotoServer: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let port: Int

        init() throws {
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "\(BuiltProducts.packageRoot)/Tests/AWSClientTests/Support/moto_server.py"]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var text = ""
            while !text.contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw ServerProcess.Failure(description: "moto_server did not start (is moto[server] installed?): \(text)")
            }
            self.port = port
        }

        deinit {
            try? input.fileHandleForWriting.close()
            process.terminate()
        }
    }

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

/// Blocking work (starting a server and waiting for it) on a thread of its own.
enum OffThread {
    static func run<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }
}
