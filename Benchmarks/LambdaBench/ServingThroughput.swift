import Foundation
import LocalHTTP
import NIOCore

/// Requests per second and latency through `lambda-local start-api` to a trivial function, beside
/// the raw ceiling of the same HTTP server answering the same response itself.
enum ServingThroughput {
    struct Row {
        let raw: Wrk.Result
        let api: Wrk.Result
    }

    /// The function's answer, which the raw server sends as it is.
    static let body = #"{"message":"Hello, World!"}"#

    struct FixedResponder: HTTPResponder {
        func respond(to request: HTTPRequest) async -> HTTPResponse {
            .json(.ok, ServingThroughput.body)
        }
    }

    static func measure(binDirectory: String, connections: [Int], seconds: Int) async throws -> [Row] {
        let raw = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: FixedResponder())
        let project = try makeProject(binDirectory: binDirectory)
        defer { try? FileManager.default.removeItem(atPath: project) }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "\(binDirectory)/lambda-local")
        server.arguments = ["start-api", "--port", "0", "--skip-build"]
        // Stops by itself should the benchmark die first.
        server.environment = ProcessInfo.processInfo.environment.merging(["LAMBDA_LOCAL_EXIT_WITH_PARENT": "1"]) { $1 }
        server.currentDirectoryURL = URL(fileURLWithPath: project)
        let log = Pipe()
        server.standardError = log
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let address = try await waitForAddress(log, server: "API Gateway")
        // Drain the server's log in the background so that it never blocks on a full pipe.
        Thread.detachNewThread {
            while !log.fileHandleForReading.availableData.isEmpty {}
        }
        _ = try await Wrk.measure(url: "\(address)/hello", connections: 8, seconds: 1)
        var rows: [Row] = []
        for count in connections {
            let rawResult = try await Wrk.measure(url: "http://\(raw.address)/hello", connections: count, seconds: seconds)
            let apiResult = try await Wrk.measure(url: "\(address)/hello", connections: count, seconds: seconds)
            rows.append(Row(raw: rawResult, api: apiResult))
        }
        await raw.shutdown()
        return rows
    }

    private static func makeProject(binDirectory: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-api-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(directory)/ok", withIntermediateDirectories: true)
        // The fixture's `ok` handler answers a fixed proxy response whose body is the raw server's,
        // without decoding or logging: what is measured is the emulator, not the function.
        try FileManager.default.createSymbolicLink(
            atPath: "\(directory)/ok/bootstrap", withDestinationPath: "\(binDirectory)/LambdaFixture")
        try """
            Resources:
              Hello:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: ok
                  Handler: ok
                  Runtime: provided.al2
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /hello
                        Method: get
            """.write(toFile: "\(directory)/template.yaml", atomically: true, encoding: .utf8)
        return directory
    }

    /// The address lambda-local prints for `server` ("API Gateway", "Lambda Invoke API").
    static func waitForAddress(_ log: Pipe, server: String) async throws -> String {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = log.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: "\(server) on ") {
                let rest = text[range.upperBound...]
                if let end = rest.firstIndex(of: "\n") { return String(rest[..<end]) }
            }
        }
        throw BenchInstance.Failure(description: "lambda-local did not start its \(server): \(text)")
    }
}
