import Foundation
import LocalDynamoDB

/// Fills lambda-local's state file with the benchmark table before lambda-local opens it: loading
/// a million items over HTTP would measure the loader, not the store.
enum LocalServicesPreload {
    static func load(statePath: String, items: Int) async throws -> Duration {
        let store = try DynamoDBStore(path: statePath)
        _ = try await store.createTable(try JSONDecoder().decode(CreateTableInput.self, from: Data("""
            {"TableName":"\(ServicesBenchData.table)","BillingMode":"PAY_PER_REQUEST",
             "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"}],
             "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}]}
            """.utf8)))
        let started = ContinuousClock.now
        var index = 0
        while index < items {
            let end = min(index + 25, items)
            let output = try await store.batchWriteItem(BatchWriteItemInput(requestItems: [
                ServicesBenchData.table: (index..<end).map { WriteRequest(putRequest: PutRequest(item: ServicesBenchData.item($0))) },
            ]))
            guard output.unprocessedItems.isEmpty else {
                throw BenchInstance.Failure(description: "the preload left items unprocessed")
            }
            index = end
        }
        return ContinuousClock.now - started
    }
}
