import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// A store with an `Orders` table (pk, sk), a `byStatus` global index and a stream of both images.
func ordersStore(_ store: DynamoDBStore? = nil) async throws -> DynamoDBStore {
    let store = try store ?? DynamoDBStore.inMemory()
    _ = try await store.createTable(CreateTableInput(
        tableName: "Orders",
        keySchema: [.init(attributeName: "pk", keyType: "HASH"), .init(attributeName: "sk", keyType: "RANGE")],
        attributeDefinitions: [
            .init(attributeName: "pk", attributeType: "S"), .init(attributeName: "sk", attributeType: "N"),
            .init(attributeName: "status", attributeType: "S"),
        ],
        globalSecondaryIndexes: [SecondaryIndex(
            indexName: "byStatus", keySchema: [.init(attributeName: "status", keyType: "HASH")],
            projection: Projection(projectionType: "KEYS_ONLY")
        )],
        streamSpecification: StreamSpecification(streamEnabled: true, streamViewType: .newAndOldImages)
    ))
    return store
}

/// A file store in a fresh temporary directory (WAL mode).
func fileStore() throws -> DynamoDBStore {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("localdynamodb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return try DynamoDBStore(path: directory.appendingPathComponent("state.sqlite").path)
}

/// The error `body` throws, or a recorded issue when it throws none.
func serviceError(_ body: () async throws -> Void) async -> DynamoDBServiceError? {
    let error = await outcome(body)
    if error == nil { Issue.record("expected an error") }
    return error
}

/// The error `body` throws, or nil when it succeeds; for checks that expect either.
func outcome(_ body: () async throws -> Void) async -> DynamoDBServiceError? {
    do {
        try await body()
        return nil
    } catch let error as DynamoDBServiceError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

func order(_ pk: String, _ sk: Int, status: String = "OPEN", extra: DynamoDBItem = [:]) -> DynamoDBItem {
    var item: DynamoDBItem = ["pk": .string(pk), "sk": .number(String(sk)), "status": .string(status)]
    item.merge(extra) { $1 }
    return item
}
