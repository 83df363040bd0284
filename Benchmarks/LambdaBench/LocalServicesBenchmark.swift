import Foundation

/// lambda-local's DynamoDB under load, beside moto_server and beside SQLite itself, at two table
/// sizes, so that what a table's growth costs is measured rather than guessed.
enum LocalServicesBenchmark {
    struct Row {
        let items: Int
        let loadTime: Duration
        let local: ServiceEndpointLoad.Result
        let moto: ServiceEndpointLoad.Result?
        let raw: ServiceEndpointLoad.Result
        /// lambda-local's updates per second over raw SQLite's: the median of the rounds' ratios.
        let rawRatio: Double
    }

    /// lambda-local and raw SQLite take turns, ``rounds`` times, and the figures are the medians:
    /// a moment of noise on a shared machine then lands on one round of one side, not on the
    /// comparison.
    static let rounds = 5
    /// Each round of lambda-local: wrk with ``connections`` connections for this long.
    static let roundSeconds = 2
    static let connections = 4
    /// Each round of raw SQLite: this many updates, one after another.
    static let rawUpdates = 3_000
    static let queries = 1_000
    /// moto_server answers about two hundred a second: fewer queries keep its part under 10 s.
    static let motoSeconds = 3
    static let motoQueries = 250

    /// moto_server keeps items in Python objects and loads about a thousand a second: a million
    /// would take most of an hour, so it is compared at the sizes below this.
    static let motoLimit = 100_000

    static func measure(binDirectory: String, sizes: [Int]) async throws -> [Row] {
        var rows: [Row] = []
        for items in sizes {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-services-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: "\(directory)/fixture", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let loadTime = try await LocalServicesPreload.load(statePath: "\(directory)/state.sqlite", items: items)
            let raw = try await RawSQLiteFloor.open(directory: directory, items: items)
            let server = try await startLambdaLocal(binDirectory: binDirectory, directory: directory)
            defer { server.stop() }
            let endpoint = server.address("Lambda Invoke API")

            let script = try UpdateLoadScript.write(items: items, into: directory)
            var localRates: [Double] = []
            var rawRates: [Double] = []
            var ratios: [Double] = []
            for round in 0..<rounds {
                let local = try await Wrk.measure(url: endpoint, connections: connections, seconds: roundSeconds, script: script)
                let floor = try RawSQLiteFloor.updatesPerSecond(raw, items: items, updates: rawUpdates, round: round)
                localRates.append(local.requestsPerSecond)
                rawRates.append(floor)
                ratios.append(local.requestsPerSecond / floor)
            }
            let localQueries = try await ServiceEndpointLoad.queryLatency(endpoint: endpoint, items: items, queries: queries)
            let rawQueries = try RawSQLiteFloor.queryLatency(raw, items: items, queries: queries)
            server.stop()

            var moto: ServiceEndpointLoad.Result?
            if items <= motoLimit {
                let server = try MotoProcess()
                defer { server.stop() }
                try await ServiceEndpointLoad.load(endpoint: server.url, items: items)
                let updates = try await Wrk.measure(url: server.url, connections: connections, seconds: motoSeconds, script: script)
                moto = ServiceEndpointLoad.Result(
                    updatesPerSecond: updates.requestsPerSecond,
                    query: try await ServiceEndpointLoad.queryLatency(endpoint: server.url, items: items, queries: motoQueries))
            }
            rows.append(Row(
                items: items, loadTime: loadTime,
                local: ServiceEndpointLoad.Result(updatesPerSecond: Samples.median(localRates), query: localQueries),
                moto: moto,
                raw: ServiceEndpointLoad.Result(updatesPerSecond: Samples.median(rawRates), query: rawQueries),
                rawRatio: Samples.median(ratios)))
        }
        return rows
    }

    private static func startLambdaLocal(binDirectory: String, directory: String) async throws -> LambdaLocalServer {
        try FileManager.default.createSymbolicLink(atPath: "\(directory)/fixture/bootstrap", withDestinationPath: "\(binDirectory)/LambdaFixture")
        try """
            Resources:
              Idle:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: fixture, Handler: echo, Runtime: provided.al2}
              Items:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: \(ServicesBenchData.table)
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - {AttributeName: pk, AttributeType: S}
                    - {AttributeName: sk, AttributeType: S}
                  KeySchema:
                    - {AttributeName: pk, KeyType: HASH}
                    - {AttributeName: sk, KeyType: RANGE}
            """.write(toFile: "\(directory)/template.yaml", atomically: true, encoding: .utf8)
        return try await LambdaLocalServer(
            binDirectory: binDirectory, arguments: ["start-lambda", "--port", "0", "--state", "state.sqlite", "--skip-build"],
            directory: directory, servers: ["Lambda Invoke API"])
    }
}
