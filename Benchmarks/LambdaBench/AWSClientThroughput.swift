import AWSClient
import Foundation

/// Conditional UpdateItem operations per second through `AWSClient` against moto_server, beside
/// boto3 doing the same against the same server in the same run.
///
/// Both sides bump one item's version, each update conditional on the version the previous one
/// wrote, one after another on one client; both first warm up with 100 updates. moto_server closes
/// every connection after its answer, so both sides also pay a TCP connect per operation.
enum AWSClientThroughput {
    struct Comparison {
        let operations: Int
        let swiftOperationsPerSecond: Double
        let boto3OperationsPerSecond: Double

        /// How many times faster this client is than boto3.
        var ratio: Double { swiftOperationsPerSecond / boto3OperationsPerSecond }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Beside this file's folder in the source tree, or else under the current directory, from
    /// which `make bench` runs.
    static let boto3Script: String = {
        let besideSources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("boto3_update_item.py").path
        return FileManager.default.fileExists(atPath: besideSources) ? besideSources : "Benchmarks/boto3_update_item.py"
    }()

    static func measure(operations: Int = 2_000) async throws -> Comparison {
        let moto = try MotoProcess()
        defer { moto.stop() }
        let swift = try await measureSwift(endpoint: moto.url, operations: operations)
        let boto3 = try measureBoto3(endpoint: moto.url, operations: operations)
        return Comparison(operations: operations, swiftOperationsPerSecond: swift, boto3OperationsPerSecond: boto3)
    }

    private static func measureSwift(endpoint: String, operations: Int) async throws -> Double {
        let configuration = AWSConfiguration(
            credentials: AWSCredentials(accessKeyID: "bench", secretAccessKey: "bench"), region: "us-east-1",
            endpoint: AWSEndpoint(url: endpoint), usesProxyFromEnvironment: false)
        let dynamo = try DynamoDBClient(configuration: configuration)
        let table = "bench-awsclient"
        _ = try await dynamo.createTable(CreateTableRequest(
            tableName: table, keySchema: [.partition("pk")],
            attributeDefinitions: [AttributeDefinition(attributeName: "pk", attributeType: .string)]))
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "counter", "version": 0]))
        var version = 0
        func bump() async throws {
            _ = try await dynamo.updateItem(UpdateItemRequest(
                tableName: table, key: ["pk": "counter"], updateExpression: "SET #v = :next",
                conditionExpression: "#v = :expected", expressionAttributeNames: ["#v": "version"],
                expressionAttributeValues: [":expected": .number(String(version)), ":next": .number(String(version + 1))]))
            version += 1
        }
        for _ in 0..<min(operations, 100) { try await bump() }
        let started = ContinuousClock.now
        for _ in 0..<operations { try await bump() }
        let elapsed = ContinuousClock.now - started
        return Double(operations) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private static func measureBoto3(endpoint: String, operations: Int) throws -> Double {
        struct Answer: Decodable { let opsPerSecond: Double }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", boto3Script, endpoint, "bench-boto3", String(operations)]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "boto3_update_item.py failed (is boto3 installed?)")
        }
        return try JSONDecoder().decode(Answer.self, from: data).opsPerSecond
    }
}

/// moto_server on a free loopback port, ended by closing its standard input.
/// moto_server in a process of its own, stopped with `stop()`.
final class MotoProcess {
    private static let program = """
        import logging, sys
        from moto.server import ThreadedMotoServer
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        print(server.get_host_and_port()[1], flush=True)
        sys.stdin.read()
        server.stop()
        """

    private let process = Process()
    private let input = Pipe()
    let url: String

    init() throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.program]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw AWSClientThroughput.Failure(description: "moto_server did not start (pip install 'moto[server]')")
            }
            line.append(chunk)
        }
        let port = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        url = "http://127.0.0.1:\(port)"
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
