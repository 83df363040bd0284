import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ItemOperationTests {
    @Test func putThenGetWithProjectionAndCanonicalNumbers() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["amount": .number("12.50"), "note": "hi"])))
        let full = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": .number("1.0")], consistentRead: true))
        #expect(full.item?["amount"] == .number("12.5"))
        let projected = try await store.getItem(GetItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], projectionExpression: "#n", expressionAttributeNames: ["#n": "note"]))
        #expect(projected.item == ["note": "hi"])
        #expect(try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "b", "sk": 1])).item == nil)
    }

    @Test func putReturnsOldItem() async throws {
        let store = try await ordersStore()
        #expect(try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), returnValues: "ALL_OLD")).attributes == nil)
        let second = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, status: "DONE"), returnValues: "ALL_OLD"))
        #expect(second.attributes?["status"] == "OPEN")
        let error = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), returnValues: "ALL_NEW")) }
        #expect(error?.message == "ReturnValues can only be ALL_OLD or NONE")
    }

    @Test func keyErrors() async throws {
        let store = try await ordersStore()
        let missing = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: ["pk": "a"])) }
        #expect(missing?.message == "One or more parameter values were invalid: Missing the key sk in the item")
        let mistyped = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: ["pk": "a", "sk": "x"])) }
        #expect(mistyped?.message == "One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S")
        let empty = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: ["pk": "", "sk": 1])) }
        #expect(empty?.message == "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk")
        let badKey = await serviceError { _ = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a"])) }
        #expect(badKey?.message == "The provided key element does not match the schema")
        let indexType = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: ["pk": "a", "sk": 1, "status": 5])) }
        #expect(indexType?.message == "One or more parameter values were invalid: Type mismatch for Index Key status Expected: S Actual: N IndexName: byStatus")
        let unknown = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Nope", item: order("a", 1))) }
        #expect(unknown?.code == "ResourceNotFoundException")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func invalidNumbersAndOversizedItemsAreRefused() async throws {
        let store = try await ordersStore()
        let number = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["n": .number("1e200")]))) }
        #expect(number?.message == "Number overflow. Attempting to store a number with magnitude larger than supported range")
        let big = String(repeating: "x", count: 400 * 1024)
        let size = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["big": .string(big)]))) }
        #expect(size?.message == "Item size has exceeded the maximum allowed size")
        let emptySet = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["tags": .stringSet([])]))) }
        #expect(emptySet?.code == "ValidationException")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func conditionalPutFailsWithoutWriting() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1, status: "DONE"), conditionExpression: "attribute_not_exists(pk)",
                returnValuesOnConditionCheckFailure: "ALL_OLD"))
        }
        #expect(error?.code == "ConditionalCheckFailedException")
        #expect(error?.message == "The conditional request failed")
        #expect(error?.item?["status"] == "OPEN")
        #expect(try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item?["status"] == "OPEN")
    }

    @Test func updateCreatesAndReturnsValues() async throws {
        let store = try await ordersStore()
        let created = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET visits = :one",
            expressionAttributeValues: [":one": 1], returnValues: "ALL_NEW"))
        #expect(created.attributes == ["pk": "a", "sk": 1, "visits": 1])
        let updatedOld = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "ADD visits :one SET note = :n",
            expressionAttributeValues: [":one": 1, ":n": "x"], returnValues: "UPDATED_OLD"))
        #expect(updatedOld.attributes == ["visits": 1])
        let updatedNew = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "ADD visits :one",
            expressionAttributeValues: [":one": 1], returnValues: "UPDATED_NEW"))
        #expect(updatedNew.attributes == ["visits": 3])
    }

    @Test func updateRefusesKeyAttributes() async throws {
        let store = try await ordersStore()
        let error = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET pk = :v", expressionAttributeValues: [":v": "b"]))
        }
        #expect(error?.message == "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key")
    }

    @Test func unusedExpressionValueIsRefused() async throws {
        let store = try await ordersStore()
        let error = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET a = :a",
                expressionAttributeValues: [":a": 1, ":b": 2]))
        }
        #expect(error?.message == "Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}")
    }

    @Test func deleteWithConditionAndOldValues() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let failed = await serviceError {
            _ = try await store.deleteItem(DeleteItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], conditionExpression: "#s = :s",
                expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "DONE"]))
        }
        #expect(failed?.code == "ConditionalCheckFailedException")
        let deleted = try await store.deleteItem(DeleteItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1], returnValues: "ALL_OLD"))
        #expect(deleted.attributes == order("a", 1))
        #expect(try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item == nil)
    }

    @Test func streamRecordsFollowEachWriteInOrder() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        _ = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET #s = :s",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "DONE"]))
        _ = try await store.deleteItem(DeleteItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1]))
        _ = try await store.deleteItem(DeleteItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1]))
        let records = try await store.streamRecords(tableName: "Orders")
        #expect(records.map(\.eventName) == [.insert, .modify, .remove])
        #expect(records.map(\.sequenceNumber) == records.map(\.sequenceNumber).sorted())
        #expect(records[0].newImage == order("a", 1) && records[0].oldImage == nil)
        #expect(records[1].oldImage?["status"] == "OPEN" && records[1].newImage?["status"] == "DONE")
        #expect(records[2].keys == ["pk": "a", "sk": 1] && records[2].newImage == nil && records[2].deletedByTTL == false)
    }
}
