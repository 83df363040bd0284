import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct TimeToLiveSweepTests {
    /// The orders store with expiry on `expiresAt`.
    private func expiringStore() async throws -> DynamoDBStore {
        let store = try await ordersStore()
        _ = try await store.updateTimeToLive(UpdateTimeToLiveInput(
            tableName: "Orders", timeToLiveSpecification: TimeToLiveSpecification(enabled: true, attributeName: "expiresAt")))
        return store
    }

    private let now = Date(timeIntervalSince1970: 1_000)

    @Test func removesOnlyItemsWhoseNumberIsInThePast() async throws {
        let store = try await expiringStore()
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [
            .put(order("past", 1, extra: ["expiresAt": .number("999.5")])),
            .put(order("future", 1, extra: ["expiresAt": .number("1001")])),
            .put(order("now", 1, extra: ["expiresAt": .number("1000")])),
            .put(order("none", 1)),
            .put(order("text", 1, extra: ["expiresAt": "5"])),
        ]]))
        let before = try await store.streamRecords(tableName: "Orders").count
        #expect(try await store.sweepExpiredItems(now: now) == 1)
        let left = try await store.scan(ScanInput(tableName: "Orders")).items?.compactMap { $0["pk"] } ?? []
        #expect(Set(left) == ["future", "now", "none", "text"])
        let index = try await store.scan(ScanInput(tableName: "Orders", indexName: "byStatus"))
        #expect(index.count == 4)
        let records = try await store.streamRecords(tableName: "Orders").dropFirst(before)
        #expect(records.count == 1)
        #expect(records.first?.eventName == .remove)
        #expect(records.first?.deletedByTTL == true)
        #expect(records.first?.oldImage == order("past", 1, extra: ["expiresAt": .number("999.5")]))
        #expect(try await store.sweepExpiredItems(now: now) == 0)
    }

    @Test func limitBoundsOneSweep() async throws {
        let store = try await expiringStore()
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": (0..<3).map {
            .put(order("a", $0, extra: ["expiresAt": 10]))
        }]))
        #expect(try await store.sweepExpiredItems(now: now, limit: 2) == 2)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 1)
        #expect(try await store.sweepExpiredItems(now: now, limit: 2) == 1)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func tablesWithoutTimeToLiveKeepEverything() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["expiresAt": 10])))
        #expect(try await store.sweepExpiredItems(now: now) == 0)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 1)
    }

    @Test func clientDeletesAreNotMarkedAsExpiry() async throws {
        let store = try await expiringStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["expiresAt": 10])))
        _ = try await store.deleteItem(DeleteItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1]))
        #expect(try await store.streamRecords(tableName: "Orders").last?.deletedByTTL == false)
    }
}
