import Foundation

/// lambda-local's DynamoDB under load, beside moto_server and beside SQLite itself, at two table
/// sizes, so that what a table's growth costs is measured rather than guessed.
enum LocalServicesBenchmark {
    struct Row {
        let items: Int
        let loadTime: Duration
        let local: ServiceEndpointLoad.Result
        let moto: ServiceEndpointLoad.Result?
        let raw: RawSQLiteFloor.Result
    }

    static let updates = 4_000
    static let queries = 1_000

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
            let local = try await measureLambdaLocal(binDirectory: binDirectory, directory: directory, items: items)
            var moto: ServiceEndpointLoad.Result?
            if items <= motoLimit {
                let server = try MotoProcess()
                defer { server.stop() }
                try await ServiceEndpointLoad.load(endpoint: server.url, items: items)
                moto = try await ServiceEndpointLoad.measure(endpoint: server.url, items: items, updates: updates / 4, queries: queries / 4)
            }
            let raw = try await RawSQLiteFloor.measure(directory: directory, items: items, updates: updates, queries: queries)
            rows.append(Row(items: items, loadTime: loadTime, local: local, moto: moto, raw: raw))
        }
        return rows
    }

    private static func measureLambdaLocal(binDirectory: String, directory: String, items: Int) async throws -> ServiceEndpointLoad.Result {
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
        let server = try await LambdaLocalServer(
            binDirectory: binDirectory, arguments: ["start-lambda", "--port", "0", "--state", "state.sqlite", "--skip-build"],
            directory: directory, servers: ["Lambda Invoke API"])
        defer { server.stop() }
        let address = server.address("Lambda Invoke API")
        return try await ServiceEndpointLoad.measure(endpoint: address, items: items, updates: updates, queries: queries)
    }
}
