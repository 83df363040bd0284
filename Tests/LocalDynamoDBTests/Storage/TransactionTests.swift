import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct TransactionTests {
    private func key(_ pk: String, _ sk: Int) -> DynamoDBItem { ["pk": .string(pk), "sk": .number(String(sk))] }

    private func item(_ store: DynamoDBStore, _ pk: String, _ sk: Int) async throws -> DynamoDBItem? {
        try await store.getItem(GetItemInput(tableName: "Orders", key: key(pk, sk))).item
    }

    @Test func writesEveryActionAndStreamsEachItem() async throws {
        let store = try await ordersStore()
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [.put(order("u", 1)), .put(order("d", 1)), .put(order("c", 1))]]))
        let before = try await store.streamRecords(tableName: "Orders").count
        _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
            TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("p", 1), conditionExpression: "attribute_not_exists(pk)")),
            TransactWriteItem(update: UpdateItemInput(tableName: "Orders", key: key("u", 1), updateExpression: "SET #s = :s",
                                                      expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "DONE"])),
            TransactWriteItem(delete: DeleteItemInput(tableName: "Orders", key: key("d", 1))),
            TransactWriteItem(conditionCheck: ConditionCheck(tableName: "Orders", key: key("c", 1), conditionExpression: "attribute_exists(pk)")),
        ], clientRequestToken: "token-1"))
        #expect(try await item(store, "p", 1) == order("p", 1))
        #expect(try await item(store, "u", 1)?["status"] == "DONE")
        #expect(try await item(store, "d", 1) == nil)
        #expect(try await item(store, "c", 1) == order("c", 1))
        let records = try await store.streamRecords(tableName: "Orders").dropFirst(before)
        #expect(records.map(\.eventName) == [.insert, .modify, .remove])
        #expect(records.map { $0.keys } == [key("p", 1), key("u", 1), key("d", 1)])
    }

    @Test func failedConditionCancelsEverything() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let before = try await store.streamRecords(tableName: "Orders").count
        let error = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", 1, status: "DONE"),
                                                    conditionExpression: "#s = :s", expressionAttributeNames: ["#s": "status"],
                                                    expressionAttributeValues: [":s": "CLOSED"], returnValuesOnConditionCheckFailure: "ALL_OLD")),
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("b", 1))),
            ]))
        }
        #expect(error?.code == "TransactionCanceledException")
        #expect(error?.message == "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]")
        #expect(error?.cancellationReasons == [
            CancellationReason(code: "ConditionalCheckFailed", message: "The conditional request failed", item: order("a", 1)),
            .none,
        ])
        #expect(try await item(store, "a", 1)?["status"] == "OPEN")
        #expect(try await item(store, "b", 1) == nil)
        #expect(try await store.streamRecords(tableName: "Orders").count == before)
    }

    @Test func everyFailedConditionIsReportedWithoutItemUnlessAsked() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let error = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(update: UpdateItemInput(tableName: "Orders", key: key("b", 1), updateExpression: "SET n = :n",
                                                          expressionAttributeValues: [":n": 1])),
                TransactWriteItem(conditionCheck: ConditionCheck(tableName: "Orders", key: key("a", 1), conditionExpression: "attribute_not_exists(pk)")),
                TransactWriteItem(delete: DeleteItemInput(tableName: "Orders", key: key("z", 1), conditionExpression: "attribute_exists(pk)",
                                                          returnValuesOnConditionCheckFailure: "ALL_OLD")),
            ]))
        }
        #expect(error?.message == "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, ConditionalCheckFailed]")
        #expect(error?.cancellationReasons?.map(\.item) == [nil, nil, nil])
        #expect(error?.cancellationReasons?[1].message == "The conditional request failed")
        #expect(try await item(store, "b", 1) == nil)
    }

    @Test func twoActionsOnOneItemAreRefused() async throws {
        let store = try await ordersStore()
        let error = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", 1))),
                TransactWriteItem(conditionCheck: ConditionCheck(tableName: "Orders", key: ["pk": "a", "sk": .number("1.0")],
                                                                 conditionExpression: "attribute_not_exists(pk)")),
            ]))
        }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == "Transaction request cannot include multiple operations on one item")
        #expect(try await item(store, "a", 1) == nil)
    }

    @Test func malformedRequestsAreRefusedAndWriteNothing() async throws {
        let store = try await ordersStore()
        let put = TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", 1)))
        let empty = await serviceError { _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [])) }
        #expect(empty?.message == "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1")
        let tooMany = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: (0..<101).map {
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", $0)))
            }))
        }
        #expect(tooMany?.message == "1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100")
        let none = await serviceError { _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [put, TransactWriteItem()])) }
        #expect(none?.message == "TransactItems can only contain one of Check, Put, Update or Delete")
        var both = put
        both.delete = DeleteItemInput(tableName: "Orders", key: key("b", 1))
        let two = await serviceError { _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [both])) }
        #expect(two?.message == "TransactItems can only contain one of Check, Put, Update or Delete")
        let badExpression = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [put, TransactWriteItem(conditionCheck: ConditionCheck(
                tableName: "Orders", key: key("b", 1), conditionExpression: "attribute_exists(#x)"))]))
        }
        #expect(badExpression?.code == "ValidationException")
        let unknown = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [put, TransactWriteItem(delete: DeleteItemInput(tableName: "Nope", key: key("b", 1)))]))
        }
        #expect(unknown?.code == "ResourceNotFoundException")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func acceptsOneHundredActions() async throws {
        let store = try await ordersStore()
        _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: (0..<100).map {
            TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", $0)))
        }))
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 100)
    }

    @Test func transactGetReadsInOrder() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["note": "hi"])))
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("b", 2)))
        let output = try await store.transactGetItems(TransactGetItemsInput(transactItems: [
            TransactGetItem(get: GetItemInput(tableName: "Orders", key: key("b", 2))),
            TransactGetItem(get: GetItemInput(tableName: "Orders", key: key("zz", 9))),
            TransactGetItem(get: GetItemInput(tableName: "Orders", key: key("a", 1), projectionExpression: "#n", expressionAttributeNames: ["#n": "note"])),
        ]))
        #expect(output.responses == [ItemResponse(item: order("b", 2)), ItemResponse(item: nil), ItemResponse(item: ["note": "hi"])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(TransactGetItemsOutput(responses: Array(output.responses.prefix(2)))), as: UTF8.self)
        #expect(json == #"{"Responses":[{"Item":{"pk":{"S":"b"},"sk":{"N":"2"},"status":{"S":"OPEN"}}},{}]}"#)
        #expect(String(decoding: try encoder.encode(TransactWriteItemsOutput()), as: UTF8.self) == "{}")
    }

    @Test func transactGetRefusesBadRequests() async throws {
        let store = try await ordersStore()
        let get = TransactGetItem(get: GetItemInput(tableName: "Orders", key: key("a", 1)))
        let duplicate = await serviceError { _ = try await store.transactGetItems(TransactGetItemsInput(transactItems: [get, get])) }
        #expect(duplicate?.message == "Transaction request cannot include multiple operations on one item")
        let empty = await serviceError { _ = try await store.transactGetItems(TransactGetItemsInput(transactItems: [])) }
        #expect(empty?.message == "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1")
        let tooMany = await serviceError {
            _ = try await store.transactGetItems(TransactGetItemsInput(transactItems: (0..<101).map {
                TransactGetItem(get: GetItemInput(tableName: "Orders", key: key("a", $0)))
            }))
        }
        #expect(tooMany?.message == "1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100")
        let badKey = await serviceError {
            _ = try await store.transactGetItems(TransactGetItemsInput(transactItems: [TransactGetItem(get: GetItemInput(tableName: "Orders", key: ["pk": "a"]))]))
        }
        #expect(badKey?.message == "The provided key element does not match the schema")
    }

    @Test func transactJSONUsesDynamoDBMemberNames() throws {
        let json = #"{"TransactItems":[{"ConditionCheck":{"TableName":"Orders","Key":{"pk":{"S":"a"}},"ConditionExpression":"attribute_exists(pk)"}},{"Put":{"TableName":"Orders","Item":{"pk":{"S":"b"}}}}],"ClientRequestToken":"t"}"#
        let input = try JSONDecoder().decode(TransactWriteItemsInput.self, from: Data(json.utf8))
        #expect(input.clientRequestToken == "t")
        #expect(input.transactItems.first?.conditionCheck?.conditionExpression == "attribute_exists(pk)")
        #expect(input.transactItems.last?.put?.item == ["pk": "b"])
    }
}
