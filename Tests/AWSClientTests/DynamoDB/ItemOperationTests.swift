import AWSClient
import Foundation
import LambdaEvents
import Testing

/// PutItem, GetItem, UpdateItem and DeleteItem against moto.
@Suite(.blockingIO) struct ItemOperationTests {
    @Test func putThenGetReturnsTheItemWithExactNumbers() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let item: DynamoDBItem = [
            "pk": "user#1", "sk": "profile", "name": "Ada", "balance": .number("12345678901234567890.123456789"),
            "tags": .stringSet(["a", "b"]), "raw": .binary(Data([0xFF, 0x00])), "nested": ["list": [1, true, nil]],
        ]
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: item))
        let got = try await dynamo.getItem(GetItemRequest(
            tableName: table, key: ["pk": "user#1", "sk": "profile"], consistentRead: true))
        #expect(got.item == item)
    }

    @Test func getOfAMissingItemIsNil() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let got = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "nobody", "sk": "x"]))
        #expect(got.item == nil)
    }

    @Test func aProjectionReturnsOnlyTheNamedAttributes() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "p", "sk": "s", "name": "n", "size": 3]))
        let got = try await dynamo.getItem(GetItemRequest(
            tableName: table, key: ["pk": "p", "sk": "s"], projectionExpression: "#n", expressionAttributeNames: ["#n": "name"]))
        #expect(got.item == ["name": "n"])
    }

    @Test func putReturnsTheOldItemWhenAsked() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let first = try await dynamo.putItem(PutItemRequest(
            tableName: table, item: ["pk": "p", "sk": "s", "v": 1], returnValues: .allOld))
        #expect(first.attributes == nil)
        let second = try await dynamo.putItem(PutItemRequest(
            tableName: table, item: ["pk": "p", "sk": "s", "v": 2], returnValues: .allOld))
        #expect(second.attributes?["v"] == .number("1"))
    }

    @Test func aConditionalUpdateIncrementsAndReturnsTheNewValues() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "c", "sk": "s", "count": 0, "version": 1]))
        let updated = try await dynamo.updateItem(UpdateItemRequest(
            tableName: table, key: ["pk": "c", "sk": "s"],
            updateExpression: "SET #count = #count + :one, #version = :next",
            conditionExpression: "#version = :expected",
            expressionAttributeNames: ["#count": "count", "#version": "version"],
            expressionAttributeValues: [":one": 1, ":expected": 1, ":next": 2],
            returnValues: .updatedNew))
        #expect(updated.attributes == ["count": .number("1"), "version": .number("2")])
    }

    @Test func aFailedConditionThrowsWithTheOldItem() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "c", "sk": "s", "version": 5]))
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.updateItem(UpdateItemRequest(
                tableName: table, key: ["pk": "c", "sk": "s"], updateExpression: "SET version = :next",
                conditionExpression: "version = :expected", expressionAttributeValues: [":expected": 4, ":next": 5],
                returnValuesOnConditionCheckFailure: .allOld))
        }
        #expect(error?.code == .conditionalCheckFailed)
        #expect(error?.kind == .service)
        #expect(error?.statusCode == 400)
        #expect(error?.attempts == 1)
        #expect(error?.message.isEmpty == false)
        #expect(error?.item == ["pk": "c", "sk": "s", "version": .number("5")])
    }

    @Test func putIfAbsentRefusesASecondWrite() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let request = PutItemRequest(
            tableName: table, item: ["pk": "once", "sk": "s"], conditionExpression: "attribute_not_exists(pk)")
        _ = try await dynamo.putItem(request)
        await #expect(performing: { _ = try await dynamo.putItem(request) }, throws: { error in
            (error as? AWSError)?.code == .conditionalCheckFailed
        })
    }

    @Test func deleteReturnsTheDeletedItemAndHonoursItsCondition() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "d", "sk": "s", "state": "done"]))
        await #expect(throws: AWSError.self) {
            _ = try await dynamo.deleteItem(DeleteItemRequest(
                tableName: table, key: ["pk": "d", "sk": "s"], conditionExpression: "#s = :open",
                expressionAttributeNames: ["#s": "state"], expressionAttributeValues: [":open": "open"]))
        }
        let deleted = try await dynamo.deleteItem(DeleteItemRequest(
            tableName: table, key: ["pk": "d", "sk": "s"], returnValues: .allOld))
        #expect(deleted.attributes?["state"] == "done")
        let gone = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "d", "sk": "s"]))
        #expect(gone.item == nil)
    }

    struct Account: Codable, Equatable {
        var pk: String
        var sk: String
        var owner: String
        var balance: Decimal
        var limits: [String: Int]
        var flags: Set<String>
    }

    @Test func codableValuesAreWrittenAndReadBack() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let account = Account(
            pk: "acct", sk: "1", owner: "Grace", balance: Decimal(string: "1024.75")!, limits: ["daily": 500],
            flags: ["vip"])
        try await dynamo.putItem(tableName: table, encoding: account)
        let read = try await dynamo.getItem(tableName: table, key: ["pk": "acct", "sk": "1"], as: Account.self)
        #expect(read == account)
    }

    @Test func anItemOfNearly400KBRoundTrips() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let payload = String(repeating: "abcdefghij", count: 39_900)
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "big", "sk": "s", "payload": .string(payload)]))
        let got = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "big", "sk": "s"]))
        #expect(got.item?["payload"]?.stringValue?.count == payload.count)
        #expect(got.item?["payload"]?.stringValue == payload)
    }

    @Test func anItemOver400KBIsAValidationErrorThatIsNotRetried() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let payload = String(repeating: "x", count: 410 * 1_024)
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "huge", "sk": "s", "payload": .string(payload)]))
        }
        #expect(error?.code == .validation)
        #expect(error?.attempts == 1)
    }

    @Test func aMissingTableIsResourceNotFound() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.getItem(GetItemRequest(tableName: "no-such-table-\(UUID())", key: ["pk": "x"]))
        }
        #expect(error?.code == .resourceNotFound)
        #expect(error?.requestID?.isEmpty == false)
    }

    @Test func aBadExpressionIsAValidationError() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await TestAWS.makeTable(dynamo)
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.updateItem(UpdateItemRequest(
                tableName: table, key: ["pk": "x", "sk": "y"], updateExpression: "SET a = :missing"))
        }
        #expect(error?.code == .validation)
        #expect(error?.isRetryable == false)
    }
}
