import CurlHTTP
import Foundation

/// `lambda-local start` on the package's own `template.yaml`, running the executables of this
/// build (`--products`), with its state in memory and its ports chosen by the system: one per
/// test, so that tests in parallel never share a table.
final class RootTemplateServer: @unchecked Sendable {
    let server: ServerProcess
    /// The API Gateway's base URL.
    let api: String
    /// The Lambda port's base URL, which also serves DynamoDB and EventBridge.
    let services: String
    /// A folder for this server's files (its `--env-vars` file), removed by ``stop()``.
    let folder: URL

    /// The package's template.
    static var template: String { "\(BuiltProducts.packageRoot)/template.yaml" }

    /// Starts the server; `environment` overrides function variables as `--env-vars` does
    /// (`["startFn": ["STREAM_LEASE_SECONDS": "1"]]`); `state` keeps the state in that file
    /// instead of in memory.
    init(environment: [String: [String: String]] = [:], state: String? = nil, command: String = "start") async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("root-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = [
            command, "-t", Self.template, "--products", BuiltProducts.directory,
            "--port", "0", "--shutdown-grace", "0", "--no-schedules",
        ]
        arguments += state.map { ["--state", $0] } ?? ["--in-memory"]
        if command == "start" { arguments += ["--lambda-port", "0"] }
        if !environment.isEmpty {
            let file = folder.appendingPathComponent("env.json")
            try JSONSerialization.data(withJSONObject: environment).write(to: file)
            arguments += ["--env-vars", file.path]
        }
        let expected = command == "start" ? ["API Gateway", "Lambda Invoke API"] : ["Lambda Invoke API"]
        server = try await ServerProcess(arguments, in: folder.path, expecting: expected)
        api = server.addresses["API Gateway"] ?? ""
        services = server.addresses["Lambda Invoke API"]!
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Sends `json` (an object, or raw text when a `String`) to the API.
    func send(_ method: String, _ path: String, json: Any? = nil) async throws -> CurlResponse {
        var body: Data?
        if let text = json as? String {
            body = Data(text.utf8)
        } else if let json {
            body = try JSONSerialization.data(withJSONObject: json)
        }
        return try await HTTPClient.request(
            method, api + path, headers: body == nil ? [] : [("Content-Type", "application/json")], body: body)
    }

    /// One DynamoDB operation against the server's local DynamoDB, in AWS's JSON protocol.
    func dynamo(_ operation: String, _ input: [String: Any]) async throws -> [String: Any] {
        let response = try await HTTPClient.request(
            "POST", services + "/",
            headers: [("X-Amz-Target", "DynamoDB_20120810.\(operation)"), ("Content-Type", "application/x-amz-json-1.0")],
            body: try JSONSerialization.data(withJSONObject: input))
        guard response.status == 200 else {
            throw ServerProcess.Failure(description: "\(operation) failed (\(response.status)): \(response.text)")
        }
        return response.json
    }

    /// The name lambda-local gave a table of the template (its logical ID, or its `TableName`).
    func tableName(containing fragment: String) async throws -> String {
        let tables = try await dynamo("ListTables", [:])["TableNames"] as? [String] ?? []
        guard let name = tables.first(where: { $0.contains(fragment) }) else {
            throw ServerProcess.Failure(description: "no table like \(fragment) among \(tables)")
        }
        return name
    }

    /// Runs `count` requests with at most `width` in flight, and returns their answers in order.
    static func inParallel<Value: Sendable>(
        _ count: Int, width: Int = 50, _ body: @escaping @Sendable (Int) async throws -> Value
    ) async throws -> [Value] {
        try await withThrowingTaskGroup(of: (Int, Value).self) { group in
            var results = [Value?](repeating: nil, count: count)
            var next = 0
            while next < min(width, count) {
                let index = next
                group.addTask { (index, try await body(index)) }
                next += 1
            }
            while let (index, value) = try await group.next() {
                results[index] = value
                if next < count {
                    let index = next
                    group.addTask { (index, try await body(index)) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }
}

/// A `lambda-local invoke` of one of the template's functions, as a developer runs it.
func invokeRootFunction(_ function: String, event: String, state: String? = nil, in folder: URL) async throws -> CommandRun {
    let file = folder.appendingPathComponent("\(function)-\(UUID().uuidString).json")
    try Data(event.utf8).write(to: file)
    return try await CommandRun.run(
        BuiltProducts.lambdaLocal,
        ["invoke", function, "-e", file.path, "-t", RootTemplateServer.template, "--products", BuiltProducts.directory]
            + (state.map { ["--state", $0] } ?? ["--in-memory"]),
        in: folder.path, timeout: .seconds(60))
}

extension RootTemplateServer {
    /// Runs `body` with a server of its own, and stops the server however `body` ends.
    static func run<Value>(
        environment: [String: [String: String]] = [:], state: String? = nil,
        _ body: (RootTemplateServer) async throws -> Value
    ) async throws -> Value {
        let server = try await RootTemplateServer(environment: environment, state: state)
        do {
            let value = try await body(server)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }
}
