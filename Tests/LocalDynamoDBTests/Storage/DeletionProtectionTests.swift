import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// `DeletionProtectionEnabled` is kept and enforced, not accepted and forgotten: DeleteTable is
/// refused, with DynamoDB's message, and the table and its items stay.
@Suite struct DeletionProtectionTests {
    static func create(_ store: DynamoDBStore, _ name: String, protected: Bool?) async throws {
        _ = try await store.createTable(CreateTableInput(
            tableName: name, keySchema: [.init(attributeName: "id", keyType: "HASH")],
            attributeDefinitions: [.init(attributeName: "id", attributeType: "S")],
            deletionProtectionEnabled: protected))
    }

    @Test func aProtectedTableIsNotDeletedAndKeepsItsItems() async throws {
        let store = try DynamoDBStore.inMemory()
        try await Self.create(store, "Kept", protected: true)
        _ = try await store.putItem(PutItemInput(tableName: "Kept", item: ["id": .string("a")]))
        #expect(try await store.describeTable(TableNameInput(tableName: "Kept")).table.deletionProtectionEnabled)
        let error = await serviceError { _ = try await store.deleteTable(TableNameInput(tableName: "Kept")) }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.")
        #expect(try await store.describeTable(TableNameInput(tableName: "Kept")).table.itemCount == 1)
    }

    @Test func tablesAreUnprotectedUnlessAskedAndSayTheyAre() async throws {
        let store = try DynamoDBStore.inMemory()
        for (name, protected) in [("Default", nil), ("Off", false)] as [(String, Bool?)] {
            try await Self.create(store, name, protected: protected)
            #expect(try await store.describeTable(TableNameInput(tableName: name)).table.deletionProtectionEnabled == false)
            _ = try await store.deleteTable(TableNameInput(tableName: name))
        }
        #expect(try await store.listTables().tableNames.isEmpty)
    }

    @Test func theProtectionOutlivesAReopenOfTheStateFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("protection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("state.sqlite").path
        try await Self.create(try DynamoDBStore(path: path), "Kept", protected: true)
        let reopened = try DynamoDBStore(path: path)
        #expect(try await reopened.describeTable(TableNameInput(tableName: "Kept")).table.deletionProtectionEnabled)
        let error = await serviceError { _ = try await reopened.deleteTable(TableNameInput(tableName: "Kept")) }
        #expect(error?.code == "ValidationException")
    }

    @Test func updateTableTurnsTheProtectionOffAndThenTheTableCanGo() async throws {
        let store = try DynamoDBStore.inMemory()
        try await Self.create(store, "Kept", protected: true)
        let output = try await store.updateTable(UpdateTableInput(tableName: "Kept", deletionProtectionEnabled: false))
        #expect(output.tableDescription.deletionProtectionEnabled == false)
        #expect(try await store.describeTable(TableNameInput(tableName: "Kept")).table.deletionProtectionEnabled == false)
        _ = try await store.deleteTable(TableNameInput(tableName: "Kept"))
        _ = try await Self.create(store, "Later", protected: false)
        _ = try await store.updateTable(UpdateTableInput(tableName: "Later", deletionProtectionEnabled: true))
        #expect(await serviceError { _ = try await store.deleteTable(TableNameInput(tableName: "Later")) }?.code == "ValidationException")
    }

    @Test func aChangeUpdateTableCannotMakeIsRefusedByNameAndChangesNothing() async throws {
        let store = try DynamoDBStore.inMemory()
        try await Self.create(store, "Kept", protected: true)
        let request = #"{"TableName":"Kept","DeletionProtectionEnabled":false,"BillingMode":"PROVISIONED","StreamSpecification":{"StreamEnabled":true}}"#
        let input = try JSONDecoder().decode(UpdateTableInput.self, from: Data(request.utf8))
        #expect(input.unsupportedMembers == ["BillingMode", "StreamSpecification"])
        let refused = await serviceError { _ = try await store.updateTable(input) }
        #expect(refused?.code == "ValidationException")
        #expect(refused?.message.contains("cannot change BillingMode, StreamSpecification yet") == true)
        #expect(try await store.describeTable(TableNameInput(tableName: "Kept")).table.deletionProtectionEnabled)
        let nothing = await serviceError { _ = try await store.updateTable(UpdateTableInput(tableName: "Kept")) }
        #expect(nothing?.code == "ValidationException")
        let missing = await serviceError {
            _ = try await store.updateTable(UpdateTableInput(tableName: "Nope", deletionProtectionEnabled: false))
        }
        #expect(missing?.code == "ResourceNotFoundException")
    }
}
