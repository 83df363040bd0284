import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct BatchOperationTests {
    @Test func batchWritePutsAndDeletesThenBatchGetReadsThem() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("old", 1)))
        let output = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [
            .put(order("a", 1, extra: ["n": .number("1.50")])), .put(order("b", 2)), .delete(["pk": "old", "sk": 1]),
        ]]))
        #expect(output.unprocessedItems.isEmpty)
        let read = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Orders": KeysAndAttributes(
            keys: [["pk": "a", "sk": 1], ["pk": "old", "sk": 1], ["pk": "b", "sk": 2]],
            projectionExpression: "pk, #n", expressionAttributeNames: ["#n": "n"], consistentRead: true
        )]))
        #expect(read.unprocessedKeys.isEmpty)
        let items = try #require(read.responses["Orders"])
        #expect(Set(items) == [["pk": "a", "n": .number("1.5")], ["pk": "b"]])
        let records = try await store.streamRecords(tableName: "Orders")
        #expect(records.map(\.eventName) == [.insert, .insert, .insert, .remove])
        #expect(records[3].oldImage == order("old", 1))
    }

    @Test func batchWriteOverwritesWithoutCondition() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [.put(order("a", 1, status: "DONE"))]]))
        #expect(try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item?["status"] == "DONE")
    }

    @Test func batchWriteRefusesBadBatchesAndWritesNothing() async throws {
        let store = try await ordersStore()
        let tooMany = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": (0..<26).map { .put(order("a", $0)) }]))
        }
        #expect(tooMany?.message == "Too many items requested for the BatchWriteItem call")
        let duplicate = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [
                .put(order("a", 1)), .delete(["pk": "a", "sk": .number("1.0")]),
            ]]))
        }
        #expect(duplicate?.code == "ValidationException")
        #expect(duplicate?.message == "Provided list of item keys contains duplicates")
        let empty = await serviceError { _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: [:])) }
        #expect(empty?.message == "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1")
        let emptyTable = await serviceError { _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": []])) }
        #expect(emptyTable?.message == "1 validation error detected: Value '[]' at 'requestItems.Orders.member' failed to satisfy constraint: Member must have length greater than or equal to 1")
        let neither = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [.put(order("a", 1)), WriteRequest()]]))
        }
        #expect(neither?.message == "Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest")
        let missingKey = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [.put(order("a", 1)), .put(["pk": "b"])]]))
        }
        #expect(missingKey?.message == "One or more parameter values were invalid: Missing the key sk in the item")
        let unknown = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [.put(order("a", 1))], "Nope": [.put(["pk": "x"])]]))
        }
        #expect(unknown?.code == "ResourceNotFoundException")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
        #expect(try await store.streamRecords(tableName: "Orders").isEmpty)
    }

    @Test func batchWriteAcceptsTwentyFiveEntries() async throws {
        let store = try await ordersStore()
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": (0..<25).map { .put(order("a", $0)) }]))
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 25)
    }

    @Test func batchGetRefusesBadRequests() async throws {
        let store = try await ordersStore()
        let tooMany = await serviceError {
            _ = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Orders": KeysAndAttributes(keys: (0..<101).map { ["pk": "a", "sk": .number(String($0))] })]))
        }
        #expect(tooMany?.message == "Too many items requested for the BatchGetItem call")
        let duplicate = await serviceError {
            _ = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Orders": KeysAndAttributes(keys: [["pk": "a", "sk": 1], ["pk": "a", "sk": .number("1.0")]])]))
        }
        #expect(duplicate?.message == "Provided list of item keys contains duplicates")
        let badKey = await serviceError {
            _ = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Orders": KeysAndAttributes(keys: [["pk": "a"]])]))
        }
        #expect(badKey?.message == "The provided key element does not match the schema")
        let empty = await serviceError { _ = try await store.batchGetItem(BatchGetItemInput(requestItems: [:])) }
        #expect(empty?.code == "ValidationException")
        let unknown = await serviceError {
            _ = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Nope": KeysAndAttributes(keys: [["pk": "a"]])]))
        }
        #expect(unknown?.message == "Requested resource not found: Table: Nope not found")
        let found = try await store.batchGetItem(BatchGetItemInput(requestItems: ["Orders": KeysAndAttributes(keys: (0..<100).map { ["pk": "a", "sk": .number(String($0))] })]))
        #expect(found.responses == ["Orders": []])
    }

    @Test func batchJSONUsesDynamoDBMemberNames() throws {
        let json = #"{"RequestItems":{"Orders":[{"PutRequest":{"Item":{"pk":{"S":"a"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"b"}}}}]}}"#
        let input = try JSONDecoder().decode(BatchWriteItemInput.self, from: Data(json.utf8))
        #expect(input.requestItems["Orders"] == [.put(["pk": "a"]), .delete(["pk": "b"])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(BatchWriteItemOutput()), as: UTF8.self) == #"{"UnprocessedItems":{}}"#)
        let get = BatchGetItemOutput(responses: ["Orders": [["pk": "a"]]])
        #expect(String(decoding: try encoder.encode(get), as: UTF8.self) == #"{"Responses":{"Orders":[{"pk":{"S":"a"}}]},"UnprocessedKeys":{}}"#)
    }
}
