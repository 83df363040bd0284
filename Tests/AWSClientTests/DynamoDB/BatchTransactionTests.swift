import AWSClient
import Foundation
import LambdaEvents
import Testing

/// BatchWriteItem, BatchGetItem and TransactWriteItems against moto.
@Suite(.blockingIO) struct BatchTransactionTests {
    @Test func aBatchWritesAndDeletesThenABatchReadsBack() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "old", "sk": "s"]))
        let writes: [WriteRequest] = (0..<10).map { .put(item: ["pk": .string("k\($0)"), "sk": "s", "v": .number("\($0)")]) }
            + [.delete(key: ["pk": "old", "sk": "s"])]
        let written = try await dynamo.batchWriteItem(BatchWriteItemRequest(requestItems: [table: writes]))
        #expect(written.unprocessedItems.isEmpty)

        let keys: [DynamoDBItem] = (0..<10).map { ["pk": .string("k\($0)"), "sk": "s"] } + [["pk": "old", "sk": "s"]]
        let read = try await dynamo.batchGetItem(BatchGetItemRequest(requestItems: [table: KeysAndAttributes(keys: keys)]))
        let values = Set(read.responses[table, default: []].compactMap { $0["v"]?.numberText })
        #expect(values == Set((0..<10).map(String.init)))
        #expect(read.unprocessedKeys.isEmpty)
    }

    @Test func aTransactionAppliesEveryActionTogether() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "from", "sk": "acct", "balance": 100]))
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "to", "sk": "acct", "balance": 0]))
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "bank", "sk": "open", "open": true]))
        try await dynamo.transactWriteItems(TransactWriteItemsRequest(transactItems: [
            .update(.init(
                tableName: table, key: ["pk": "from", "sk": "acct"], updateExpression: "SET balance = balance - :a",
                conditionExpression: "balance >= :a", expressionAttributeValues: [":a": 30])),
            .update(.init(
                tableName: table, key: ["pk": "to", "sk": "acct"], updateExpression: "SET balance = balance + :a",
                expressionAttributeValues: [":a": 30])),
            .put(.init(tableName: table, item: ["pk": "log", "sk": "1", "amount": 30], conditionExpression: "attribute_not_exists(pk)")),
            .conditionCheck(.init(tableName: table, key: ["pk": "bank", "sk": "open"], conditionExpression: "#o = :yes",
                                  expressionAttributeNames: ["#o": "open"], expressionAttributeValues: [":yes": true])),
        ]))
        let from = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "from", "sk": "acct"]))
        let to = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "to", "sk": "acct"]))
        #expect(from.item?["balance"] == .number("70"))
        #expect(to.item?["balance"] == .number("30"))
        let log = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "log", "sk": "1"]))
        #expect(log.item?["amount"] == .number("30"))
    }

    @Test func aCancelledTransactionSaysWhichActionFailedAndChangesNothing() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "from", "sk": "acct", "balance": 10]))
        let error = await #expect(throws: AWSError.self) {
            try await dynamo.transactWriteItems(TransactWriteItemsRequest(transactItems: [
                .put(.init(tableName: table, item: ["pk": "log", "sk": "2"])),
                .update(.init(
                    tableName: table, key: ["pk": "from", "sk": "acct"], updateExpression: "SET balance = balance - :a",
                    conditionExpression: "balance >= :a", expressionAttributeValues: [":a": 30],
                    returnValuesOnConditionCheckFailure: .allOld)),
                .delete(.init(tableName: table, key: ["pk": "gone", "sk": "x"])),
            ]))
        }
        #expect(error?.code == .transactionCanceled)
        #expect(error?.attempts == 1)
        #expect(error?.cancellationReasons.map(\.code) == [.none, .conditionalCheckFailed, .none])
        #expect(error?.cancellationReasons[1].item?["balance"] == .number("10"))
        let log = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "log", "sk": "2"]))
        #expect(log.item == nil)
    }
}
