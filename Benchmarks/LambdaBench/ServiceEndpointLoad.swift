import AWSClient
import Foundation
import LambdaEvents

/// The same DynamoDB work against an endpoint (lambda-local's or moto_server's), through
/// `AWSClient`: conditional UpdateItem on random items from several clients at once, then Query
/// of random partitions one at a time for the latency.
enum ServiceEndpointLoad {
    struct Result {
        let updatesPerSecond: Double
        let query: Samples
    }

    static func client(_ endpoint: String) throws -> DynamoDBClient {
        try DynamoDBClient(configuration: AWSConfiguration(
            credentials: AWSCredentials(accessKeyID: "bench", secretAccessKey: "bench"), region: "us-east-1",
            endpoint: AWSEndpoint(url: endpoint), usesProxyFromEnvironment: false))
    }

    /// One dedicated thread per concurrent client.
    static let threads = (0..<8).map { DedicatedThread(name: "bench-client-\($0)") }

    /// Creates the table and puts `items` items through BatchWriteItem (for moto_server, which
    /// cannot be loaded any other way), from several clients at once.
    static func load(endpoint: String, items: Int, clients: Int = 4) async throws {
        try await withTaskExecutorPreference(threads[0]) {
            _ = try await client(endpoint).createTable(CreateTableRequest(
                tableName: ServicesBenchData.table, keySchema: [.partition("pk"), .sort("sk")],
                attributeDefinitions: [
                    AttributeDefinition(attributeName: "pk", attributeType: .string),
                    AttributeDefinition(attributeName: "sk", attributeType: .string),
                ]))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<clients {
                group.addTask(executorPreference: threads[worker]) {
                    let dynamo = try client(endpoint)
                    var index = worker * 25
                    while index < items {
                        let writes = (index..<min(index + 25, items)).map { WriteRequest.put(item: ServicesBenchData.item($0)) }
                        _ = try await dynamo.batchWriteItem(BatchWriteItemRequest(requestItems: [ServicesBenchData.table: writes]))
                        index += clients * 25
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    static func measure(endpoint: String, items: Int, updates: Int, queries: Int, clients: Int = 4) async throws -> Result {
        let rate = try await updatesPerSecond(endpoint: endpoint, items: items, updates: updates, clients: clients)
        return Result(updatesPerSecond: rate, query: try await queryLatency(endpoint: endpoint, items: items, queries: queries))
    }

    /// Conditional updates of random items from `clients` clients at once; `round` picks other items.
    static func updatesPerSecond(endpoint: String, items: Int, updates: Int, clients: Int = 4, round: Int = 0) async throws -> Double {
        let perClient = updates / clients
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<clients {
                group.addTask(executorPreference: threads[worker]) {
                    let dynamo = try client(endpoint)
                    var picker = ServicesBenchData.Picker(count: items, seed: UInt64(round * clients + worker + 1) &* 0x9E37_79B9_7F4A_7C15)
                    for _ in 0..<perClient {
                        let item = picker.next()
                        _ = try await dynamo.updateItem(UpdateItemRequest(
                            tableName: ServicesBenchData.table,
                            key: ["pk": .string(ServicesBenchData.partition(item)), "sk": .string(ServicesBenchData.sortKey(item))],
                            updateExpression: "SET n = n + :one", conditionExpression: "n < :max",
                            expressionAttributeValues: [":one": .number("1"), ":max": .number("1000000")]))
                    }
                }
            }
            try await group.waitForAll()
        }
        return Double(perClient * clients) / (ContinuousClock.now - started).benchSeconds
    }

    /// Queries of random partitions, one at a time.
    static func queryLatency(endpoint: String, items: Int, queries: Int) async throws -> Samples {
        try await withTaskExecutorPreference(threads[0]) { () async throws -> Samples in
            let dynamo = try client(endpoint)
            var picker = ServicesBenchData.Picker(count: items)
            var samples = Samples()
            for _ in 0..<queries {
                let partition = ServicesBenchData.partition(picker.next())
                let begin = ContinuousClock.now
                let page = try await dynamo.query(QueryRequest(
                    tableName: ServicesBenchData.table, keyConditionExpression: "pk = :p",
                    expressionAttributeValues: [":p": .string(partition)]))
                samples.append(ContinuousClock.now - begin)
                guard page.items.count == ServicesBenchData.itemsPerPartition else {
                    throw BenchInstance.Failure(description: "a query read \(page.items.count) items, not \(ServicesBenchData.itemsPerPartition)")
                }
            }
            return samples
        }
    }
}
