import Foundation
import GRDB
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// Operations keep decoded table definitions between requests; these tests change definitions
/// behind a store's back and check that its next operation sees the change.
@Suite struct TableDefinitionCacheTests {
    private static func statePath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("localdynamodb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("state.sqlite").path
    }

    private static func createTable(_ store: DynamoDBStore, key: String, type: String) async throws {
        _ = try await store.createTable(CreateTableInput(
            tableName: "Things", keySchema: [.init(attributeName: key, keyType: "HASH")],
            attributeDefinitions: [.init(attributeName: key, attributeType: type)]))
    }

    @Test func aTableRecreatedThroughAnotherConnectionIsSeenAtOnce() async throws {
        let path = try Self.statePath()
        let first = try DynamoDBStore(path: path)
        let second = try DynamoDBStore(path: path)
        try await Self.createTable(first, key: "pk", type: "S")
        _ = try await first.putItem(PutItemInput(tableName: "Things", item: ["pk": .string("a")]))

        _ = try await second.deleteTable(TableNameInput(tableName: "Things"))
        try await Self.createTable(second, key: "id", type: "N")

        let error = await serviceError { _ = try await first.putItem(PutItemInput(tableName: "Things", item: ["pk": .string("b")])) }
        #expect(error?.code == "ValidationException")
        _ = try await first.putItem(PutItemInput(tableName: "Things", item: ["id": .number("7")]))
        #expect(try await first.scan(ScanInput(tableName: "Things")).items == [["id": .number("7")]])

        _ = try await second.deleteTable(TableNameInput(tableName: "Things"))
        let gone = await serviceError { _ = try await first.getItem(GetItemInput(tableName: "Things", key: ["id": .number("7")])) }
        #expect(gone?.code == "ResourceNotFoundException")
    }

    @Test func aDefinitionEditedBySQLIsSeenAtOnce() async throws {
        let path = try Self.statePath()
        let store = try DynamoDBStore(path: path)
        try await Self.createTable(store, key: "pk", type: "S")
        #expect(try await store.describeTimeToLive(TableNameInput(tableName: "Things")).timeToLiveDescription.timeToLiveStatus == "DISABLED")

        // Another program on the same file, with nothing of lambda-local's code: the triggers
        // still mark the change.
        let other = try DatabaseQueue(path: path)
        try await other.write { db in
            try db.execute(sql: "UPDATE dynamodb_tables SET ttl_attribute = 'expiresAt' WHERE name = 'Things'")
        }
        let described = try await store.describeTimeToLive(TableNameInput(tableName: "Things")).timeToLiveDescription
        #expect(described.timeToLiveStatus == "ENABLED")
        #expect(described.attributeName == "expiresAt")
    }

    @Test func everyDefinitionChangeMovesTheRevision() async throws {
        let path = try Self.statePath()
        let store = try DynamoDBStore(path: path)
        let reader = try DatabaseQueue(path: path)
        func revision() async throws -> Int64 {
            try await reader.read { db in try Int64.fetchOne(db, sql: "SELECT revision FROM dynamodb_table_revision") ?? -1 }
        }
        let start = try await revision()
        try await Self.createTable(store, key: "pk", type: "S")
        let created = try await revision()
        #expect(created > start)
        _ = try await store.putItem(PutItemInput(tableName: "Things", item: ["pk": .string("a")]))
        #expect(try await revision() == created, "an item write is not a definition change")
        _ = try await store.updateTimeToLive(UpdateTimeToLiveInput(
            tableName: "Things", timeToLiveSpecification: TimeToLiveSpecification(enabled: true, attributeName: "expiresAt")))
        let expiring = try await revision()
        #expect(expiring > created)
        _ = try await store.deleteTable(TableNameInput(tableName: "Things"))
        #expect(try await revision() > expiring)
    }

    @Test func storesOfDifferentDatabasesKeepTheirOwnDefinitions() async throws {
        // Both databases reach the same revision with a table of the same name and another key.
        let strings = try DynamoDBStore.inMemory()
        let numbers = try DynamoDBStore(path: try Self.statePath())
        try await Self.createTable(strings, key: "pk", type: "S")
        try await Self.createTable(numbers, key: "id", type: "N")
        for round in 0..<3 {
            _ = try await strings.putItem(PutItemInput(tableName: "Things", item: ["pk": .string("s\(round)")]))
            _ = try await numbers.putItem(PutItemInput(tableName: "Things", item: ["id": .number("\(round)")]))
        }
        #expect(try await strings.scan(ScanInput(tableName: "Things")).count == 3)
        #expect(try await numbers.scan(ScanInput(tableName: "Things")).count == 3)
        let wrongKey = await serviceError { _ = try await numbers.putItem(PutItemInput(tableName: "Things", item: ["pk": .string("x")])) }
        #expect(wrongKey?.code == "ValidationException")
    }
}
