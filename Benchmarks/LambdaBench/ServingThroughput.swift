import Foundation
import LocalHTTP
import NIOCore

/// Requests per second and latency through `lambda-local start-api` to a trivial function, beside
/// the raw ceiling of the same HTTP server answering the same response itself, and beside the
/// ceiling of start-api's shape: that server relaying to the function (``RelayResponder``).
enum ServingThroughput {
    struct Row {
        let raw: Wrk.Result
        /// The raw server relaying each request to the fixture through the Runtime API.
        let relay: Wrk.Result
        let api: Wrk.Result
        /// CPU time a start-api request cost lambda-local and the function's instances, in µs
        /// (medians of the rounds).
        let lambdaLocalCPU: Double
        let functionCPU: Double
        /// start-api's requests per second over the raw server's: the median of the rounds' ratios.
        let ratio: Double
    }

    /// The raw server and start-api take turns, ``rounds`` times at each connection count, and
    /// the figures are the medians: a moment of noise on a shared machine then lands on one round
    /// of one side, not on the comparison.
    static let rounds = 3

    /// The function's answer, which the raw server sends as it is.
    static let body = #"{"message":"Hello, World!"}"#

    struct FixedResponder: HTTPResponder {
        func respond(to request: HTTPRequest) async -> HTTPResponse {
            .json(.ok, ServingThroughput.body)
        }
    }

    static func measure(binDirectory: String, connections: [Int], seconds: Int) async throws -> [Row] {
        let raw = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: FixedResponder())
        let relayResponder = RelayResponder(fixture: "\(binDirectory)/LambdaFixture")
        let relay = try await HTTPServer.start(configuration: HTTPServerConfiguration(), responder: relayResponder)
        let project = try makeProject(binDirectory: binDirectory)
        defer { try? FileManager.default.removeItem(atPath: project) }
        let server = try await LambdaLocalServer(
            binDirectory: binDirectory, arguments: ["start-api", "--port", "0", "--skip-build"],
            directory: project, servers: ["API Gateway"])
        defer { server.stop() }
        let address = server.address("API Gateway")
        _ = try await Wrk.measure(url: "\(address)/hello", connections: 8, seconds: 1)
        _ = try await Wrk.measure(url: "http://\(relay.address)/hello", connections: 8, seconds: 1)
        var rows: [Row] = []
        for count in connections {
            var raws: [Wrk.Result] = []
            var relays: [Wrk.Result] = []
            var apis: [Wrk.Result] = []
            var ratios: [Double] = []
            var lambdaLocalCPU: [Double] = []
            var functionCPU: [Double] = []
            for _ in 0..<rounds {
                let rawResult = try await Wrk.measure(url: "http://\(raw.address)/hello", connections: count, seconds: seconds)
                relays.append(try await Wrk.measure(url: "http://\(relay.address)/hello", connections: count, seconds: seconds))
                let before = ProcessCPU.read(server.pid)
                let apiResult = try await Wrk.measure(url: "\(address)/hello", connections: count, seconds: seconds)
                let used = ProcessCPU.read(server.pid).since(before)
                let requests = apiResult.requestsPerSecond * Double(seconds)
                raws.append(rawResult)
                apis.append(apiResult)
                ratios.append(apiResult.requestsPerSecond / rawResult.requestsPerSecond)
                lambdaLocalCPU.append(used.own / requests)
                functionCPU.append(used.children / requests)
            }
            rows.append(Row(
                raw: Wrk.Result.median(raws), relay: Wrk.Result.median(relays), api: Wrk.Result.median(apis),
                lambdaLocalCPU: Samples.median(lambdaLocalCPU), functionCPU: Samples.median(functionCPU),
                ratio: Samples.median(ratios)))
        }
        await raw.shutdown()
        await relay.shutdown()
        await relayResponder.pool.shutdown()
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
}
