import AWSClient
import Foundation
import LambdaEvents
import Testing

/// Retries against the fault-injecting stand-in, which fails the first requests as scripted and
/// forwards the rest to moto.
@Suite(.blockingIO) struct RetryBehaviourTests {
    func tableAndClient(_ script: [FaultServer.Action], timeout: Duration = .seconds(20))
        async throws -> (FaultServer, DynamoDBClient, String)
    {
        let table = try await TestAWS.makeTable(TestAWS.dynamoDB())
        let faults = try FaultServer(script)
        return (faults, try TestAWS.dynamoDB(faults.endpoint, requestTimeout: timeout), table)
    }

    @Test func serverErrorsAreRetriedUntilTheRequestGetsThrough() async throws {
        let (faults, dynamo, table) = try await tableAndClient([
            .error(500, "InternalServerError"), .answer(status: 503, body: "<html>unavailable</html>"),
        ])
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "r", "sk": "1"]))
        let requests = try faults.requests()
        #expect(requests.map(\.attempt) == ["attempt=1; max=4", "attempt=2; max=4", "attempt=3; max=4"])
        #expect(requests.allSatisfy { $0.target == "DynamoDB_20120810.PutItem" })
        let stored = try await TestAWS.dynamoDB().getItem(GetItemRequest(tableName: table, key: ["pk": "r", "sk": "1"]))
        #expect(stored.item != nil)
    }

    @Test func throttlingIsRetried() async throws {
        let (faults, dynamo, table) = try await tableAndClient([
            .error(400, "ProvisionedThroughputExceededException"), .error(400, "ThrottlingException"),
        ])
        let page = try await dynamo.query(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "none"]))
        #expect(page.items.isEmpty)
        #expect(try faults.requests().count == 3)
    }

    @Test func retriesStopAtTheAttemptLimitWithTheLastError() async throws {
        let (faults, dynamo, table) = try await tableAndClient(Array(repeating: .error(500, "InternalServerError", "down"), count: 6))
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "x", "sk": "y"]))
        }
        #expect(error?.code == .internalServerError)
        #expect(error?.message == "down")
        #expect(error?.attempts == 4)
        #expect(error?.requestID == "fault-3")
        #expect(try faults.requests().count == 4)
    }

    @Test(arguments: ["ConditionalCheckFailedException", "ValidationException", "TransactionCanceledException"])
    func clientErrorsAreNotRetried(code: String) async throws {
        let (faults, dynamo, table) = try await tableAndClient([.error(400, code)])
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "n", "sk": "1"]))
        }
        #expect(error?.code.rawValue == code)
        #expect(error?.attempts == 1)
        #expect(try faults.requests().count == 1)
    }

    @Test func aDroppedConnectionIsRetried() async throws {
        let (faults, dynamo, table) = try await tableAndClient([.drop, .drop])
        _ = try await dynamo.putItem(PutItemRequest(tableName: table, item: ["pk": "d", "sk": "1"]))
        #expect(try faults.requests().count == 3)
    }

    @Test func aTimedOutAttemptIsRetried() async throws {
        let (faults, dynamo, table) = try await tableAndClient([.delay(seconds: 6)], timeout: .seconds(2))
        let got = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "t", "sk": "1"]))
        #expect(got.item == nil)
        #expect(try faults.requests().count == 2)
    }

    @Test func aDamagedAnswerIsRetried() async throws {
        let (faults, dynamo, table) = try await tableAndClient([
            .answer(status: 200, body: #"{"Item":{"pk":{"S":"forged"}}}"#, headers: ["x-amz-crc32": "12345"]),
        ])
        let got = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "c", "sk": "1"]))
        #expect(got.item == nil)
        #expect(try faults.requests().count == 2)
    }

    @Test func withoutRetriesTheFirstFailureIsFinal() async throws {
        let table = try await TestAWS.makeTable(TestAWS.dynamoDB())
        let faults = try FaultServer([.error(503, "ServiceUnavailable")])
        let dynamo = try DynamoDBClient(configuration: TestAWS.configuration(faults.endpoint), retryPolicy: .none)
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.getItem(GetItemRequest(tableName: table, key: ["pk": "x", "sk": "y"]))
        }
        #expect(error?.code == "ServiceUnavailable")
        #expect(error?.isRetryable == true)
        #expect(try faults.requests().count == 1)
    }

    @Test func aRefusedConnectionIsAConnectionError() async throws {
        let faults = try FaultServer([], forwardingToMoto: false)
        let endpoint = faults.endpoint
        _ = consume faults
        let dynamo = try TestAWS.dynamoDB(endpoint)
        let error = await #expect(throws: AWSError.self) {
            _ = try await dynamo.getItem(GetItemRequest(tableName: "t", key: ["pk": "x"]))
        }
        #expect(error?.kind == .connection)
        #expect(error?.connectionError?.code == .couldNotConnect)
        #expect(error?.attempts == 4)
    }

    @Test func unprocessedItemsAreSentAgain() async throws {
        let table = try await TestAWS.makeTable(TestAWS.dynamoDB())
        let unprocessed = #"{"UnprocessedItems":{"\#(table)":[{"PutRequest":{"Item":{"pk":{"S":"u2"},"sk":{"S":"s"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"u3"},"sk":{"S":"s"}}}}]}}"#
        let faults = try FaultServer([.answer(status: 200, body: unprocessed)])
        let dynamo = try TestAWS.dynamoDB(faults.endpoint)
        let response = try await dynamo.batchWriteItem(BatchWriteItemRequest(requestItems: [table: [
            .put(item: ["pk": "u1", "sk": "s"]), .put(item: ["pk": "u2", "sk": "s"]), .delete(key: ["pk": "u3", "sk": "s"]),
        ]]))
        #expect(response.unprocessedItems.isEmpty)
        let requests = try faults.requests()
        #expect(requests.count == 2)
        let resent = try JSONDecoder().decode(
            [String: [String: [WriteRequest]]].self, from: Data(requests[1].body.utf8))
        #expect(resent["RequestItems"]?[table] == [.put(item: ["pk": "u2", "sk": "s"]), .delete(key: ["pk": "u3", "sk": "s"])])
        let stored = try await TestAWS.dynamoDB().getItem(GetItemRequest(tableName: table, key: ["pk": "u2", "sk": "s"]))
        #expect(stored.item != nil)
    }

    @Test func itemsStillUnprocessedAfterTheLastRoundAreReturned() async throws {
        let table = "t-unprocessed"
        let unprocessed = #"{"UnprocessedItems":{"\#(table)":[{"PutRequest":{"Item":{"pk":{"S":"u"}}}}]}}"#
        let faults = try FaultServer(Array(repeating: .answer(status: 200, body: unprocessed), count: 4), forwardingToMoto: false)
        let dynamo = try TestAWS.dynamoDB(faults.endpoint)
        let response = try await dynamo.batchWriteItem(BatchWriteItemRequest(requestItems: [table: [.put(item: ["pk": "u"])]]))
        #expect(response.unprocessedItems[table] == [.put(item: ["pk": "u"])])
        #expect(try faults.requests().count == 4)
    }

    @Test func unprocessedKeysAreAskedForAgainAndMerged() async throws {
        let table = try await TestAWS.makeTable(TestAWS.dynamoDB())
        _ = try await TestAWS.dynamoDB().putItem(PutItemRequest(tableName: table, item: ["pk": "k2", "sk": "s", "v": 2]))
        let first = #"{"Responses":{"\#(table)":[{"pk":{"S":"k1"},"sk":{"S":"s"},"v":{"N":"1"}}]},"UnprocessedKeys":{"\#(table)":{"Keys":[{"pk":{"S":"k2"},"sk":{"S":"s"}}]}}}"#
        let faults = try FaultServer([.answer(status: 200, body: first)])
        let dynamo = try TestAWS.dynamoDB(faults.endpoint)
        let response = try await dynamo.batchGetItem(BatchGetItemRequest(requestItems: [
            table: KeysAndAttributes(keys: [["pk": "k1", "sk": "s"], ["pk": "k2", "sk": "s"]]),
        ]))
        #expect(Set(response.responses[table, default: []].compactMap { $0["v"]?.numberText }) == ["1", "2"])
        #expect(response.unprocessedKeys.isEmpty)
        #expect(try faults.requests().count == 2)
    }
}
