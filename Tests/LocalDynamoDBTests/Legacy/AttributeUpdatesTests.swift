import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// UpdateItem's `AttributeUpdates`: PUT, ADD and DELETE, their errors and their return values.
@Suite struct AttributeUpdatesTests {
    let key: DynamoDBItem = ["pk": "a", "sk": 1]

    func stored() async throws -> DynamoDBStore {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: [
            "amount": 10, "tags": .stringSet(["x", "y"]), "history": ["first"], "note": "keep",
        ])))
        return store
    }

    func update(_ store: DynamoDBStore, _ updates: [String: AttributeValueUpdate], returnValues: String? = nil) async throws -> DynamoDBItem? {
        try await store.updateItem(UpdateItemInput(tableName: "Orders", key: key, returnValues: returnValues, attributeUpdates: updates)).attributes
    }

    func get(_ store: DynamoDBStore) async throws -> DynamoDBItem? {
        try await store.getItem(GetItemInput(tableName: "Orders", key: key)).item
    }

    @Test func putAddAndDeleteChangeTheItem() async throws {
        let store = try await stored()
        _ = try await update(store, [
            "status": .init("PUT", "DONE"), "label": .init(nil, "new"), "amount": .init("ADD", 5), "tags": .init("DELETE", .stringSet(["x"])),
            "history": .init("ADD", ["second"]), "note": .init("DELETE"), "count": .init("ADD", 1), "extra": .init("ADD", .stringSet(["z"])),
        ])
        let item = try await get(store)
        #expect(item?["status"] == "DONE")
        #expect(item?["label"] == "new")
        #expect(item?["amount"] == 15)
        #expect(item?["tags"] == .stringSet(["y"]))
        #expect(item?["history"] == ["first", "second"])
        #expect(item?["note"] == nil)
        #expect(item?["count"] == 1)
        #expect(item?["extra"] == .stringSet(["z"]))
    }

    @Test func createsTheItemAndReturnsWhatChanged() async throws {
        let store = try await ordersStore()
        let created = try await update(store, ["amount": .init("ADD", 2), "tags": .init("DELETE", .stringSet(["x"]))], returnValues: "ALL_OLD")
        #expect(created == nil)
        #expect(try await get(store) == ["pk": "a", "sk": 1, "amount": 2])
        let new = try await update(store, ["amount": .init("ADD", 3), "status": .init("PUT", "OPEN")], returnValues: "UPDATED_NEW")
        #expect(new == ["amount": 5, "status": "OPEN"])
        let old = try await update(store, ["amount": .init("DELETE")], returnValues: "UPDATED_OLD")
        #expect(old == ["amount": 5])
    }

    @Test(arguments: [
        (["n": AttributeValueUpdate("PUT")], "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified"),
        (["n": AttributeValueUpdate("ADD")], "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified"),
        (["n": AttributeValueUpdate("DELETE", "x")], "One or more parameter values were invalid: DELETE action with value is not supported for the type S"),
        (["n": AttributeValueUpdate("ADD", "x")], "One or more parameter values were invalid: ADD action is not supported for the type S"),
        (["n": AttributeValueUpdate("REPLACE", "x")], "1 validation error detected: Value 'REPLACE' at 'attributeUpdates.n.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]"),
        (["amount": AttributeValueUpdate("ADD", .stringSet(["x"]))], "Type mismatch for attribute to update"),
        (["tags": AttributeValueUpdate("ADD", 1)], "Type mismatch for attribute to update"),
        (["tags": AttributeValueUpdate("DELETE", .numberSet(["1"]))], "Type mismatch for attribute to update"),
        (["sk": AttributeValueUpdate("PUT", 2)], "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key"),
        (["n": AttributeValueUpdate("PUT", .stringSet([]))], "One or more parameter values were invalid: An string set  may not be empty"),
    ])
    func invalidUpdatesAreRefusedAndChangeNothing(updates: [String: AttributeValueUpdate], message: String) async throws {
        let store = try await stored()
        let before = try await get(store)
        let error = await serviceError { _ = try await update(store, updates.merging(["status": .init("PUT", "CHANGED")]) { $1 }) }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == message)
        #expect(try await get(store) == before)
    }

    @Test func expressionsAndAttributeUpdatesDoNotMix() async throws {
        let store = try await stored()
        let error = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: key, updateExpression: "DELETE orders :order", expressionAttributeValues: [":order": .stringSet(["item"])],
                attributeUpdates: ["test_field": .init("PUT", .stringSet(["test1", "test2"]))]))
        }
        #expect(error?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}")
        let withCondition = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: key, conditionExpression: "attribute_exists(pk)", attributeUpdates: ["n": .init("PUT", 1)]))
        }
        #expect(withCondition?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {ConditionExpression}")
        #expect(try await get(store)?["n"] == nil)
    }

    @Test func updatedNewReturnsOnlyTheNestedPathSet() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["a": ["b": 1, "c": 2, "d": ["e": 3]]])))
        let new = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: key, updateExpression: "SET a.c = :v, a.d.e = :w", expressionAttributeValues: [":v": 20, ":w": 30],
            returnValues: "UPDATED_NEW"))
        #expect(new.attributes == ["a": ["c": 20, "d": ["e": 30]]])
        let old = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: key, updateExpression: "REMOVE a.b", returnValues: "UPDATED_OLD"))
        #expect(old.attributes == ["a": ["b": 1]])
        let none = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: key, updateExpression: "REMOVE a.b", returnValues: "UPDATED_NEW"))
        #expect(none.attributes == nil)
    }
}
