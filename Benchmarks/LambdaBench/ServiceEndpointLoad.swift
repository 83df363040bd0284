import AWSClient
import Foundation
import LambdaEvents
import TestSupport

/// The same DynamoDB work against an endpoint (lambda-local's or moto_server's), through
/// `AWSClient`: the table's load, and Query of random partitions one at a time for the latency.
/// (The update rate is measured with wrk: see ``UpdateLoadScript``.)
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
    static let threads = (0..<4).map { DedicatedThread(name: "bench-client-\($0)") }

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
