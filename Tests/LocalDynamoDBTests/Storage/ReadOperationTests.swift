import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ReadOperationTests {
    func seeded() async throws -> DynamoDBStore {
        let store = try await ordersStore()
        for sk in 1...10 {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", sk, status: sk.isMultiple(of: 2) ? "OPEN" : "DONE")))
        }
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("b", 1)))
        return store
    }

    @Test func queryRangeAscendingAndDescending() async throws {
        let store = try await seeded()
        let ascending = try await store.query(QueryInput(
            tableName: "Orders", keyConditionExpression: "pk = :p AND sk BETWEEN :low AND :high",
            expressionAttributeValues: [":p": "a", ":low": 3, ":high": 6]))
        #expect(ascending.items?.map { $0["sk"] } == [3, 4, 5, 6])
        let descending = try await store.query(QueryInput(
            tableName: "Orders", keyConditionExpression: "pk = :p AND sk > :low",
            expressionAttributeValues: [":p": "a", ":low": 7], scanIndexForward: false))
        #expect(descending.items?.map { $0["sk"] } == [10, 9, 8])
    }

    @Test func queryPagesWithLimitAndFilter() async throws {
        let store = try await seeded()
        var start: DynamoDBItem?
        var seen: [AttributeValue?] = []
        var pages = 0
        repeat {
            let page = try await store.query(QueryInput(
                tableName: "Orders", keyConditionExpression: "pk = :p", filterExpression: "#s = :open",
                expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":p": "a", ":open": "OPEN"],
                limit: 4, scanIndexForward: false, exclusiveStartKey: start))
            #expect(page.scannedCount <= 4)
            seen += page.items?.map { $0["sk"] } ?? []
            start = page.lastEvaluatedKey
            pages += 1
        } while start != nil
        #expect(seen == [10, 8, 6, 4, 2])
        #expect(pages == 3)
    }

    @Test func queryCountAndProjection() async throws {
        let store = try await seeded()
        let count = try await store.query(QueryInput(
            tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "a"], select: "COUNT"))
        #expect(count.count == 10 && count.items == nil)
        let projected = try await store.query(QueryInput(
            tableName: "Orders", keyConditionExpression: "pk = :p", projectionExpression: "sk",
            expressionAttributeValues: [":p": "b"]))
        #expect(projected.items == [["sk": 1]])
    }

    @Test func queryGlobalIndex() async throws {
        let store = try await seeded()
        let open = try await store.query(QueryInput(
            tableName: "Orders", indexName: "byStatus", keyConditionExpression: "#s = :s",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "OPEN"], limit: 3))
        #expect(open.items?.count == 3)
        #expect(open.items?.first == ["pk": "a", "sk": 2, "status": "OPEN"])
        #expect(open.lastEvaluatedKey == ["pk": "a", "sk": 6, "status": "OPEN"])
        let rest = try await store.query(QueryInput(
            tableName: "Orders", indexName: "byStatus", keyConditionExpression: "#s = :s",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "OPEN"], exclusiveStartKey: open.lastEvaluatedKey))
        #expect(rest.items?.map { $0["pk"]!.stringValue! + $0["sk"]!.numberText! } == ["a8", "a10", "b1"])
        // Moving an item between index partitions rewrites its index entry in the same write.
        _ = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "b", "sk": 1], updateExpression: "REMOVE #s", expressionAttributeNames: ["#s": "status"]))
        let after = try await store.query(QueryInput(
            tableName: "Orders", indexName: "byStatus", keyConditionExpression: "#s = :s",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": "OPEN"], select: "COUNT"))
        #expect(after.count == 5)
    }

    @Test func queryErrors() async throws {
        let store = try await seeded()
        let index = await serviceError {
            _ = try await store.query(QueryInput(tableName: "Orders", indexName: "nope", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "a"]))
        }
        #expect(index?.message == "The table does not have the specified index: nope")
        let type = await serviceError {
            _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": 1]))
        }
        #expect(type?.message == "One or more parameter values were invalid: Condition parameter type does not match schema type")
        let start = await serviceError {
            _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "a"], exclusiveStartKey: ["pk": "a"]))
        }
        #expect(start?.message == "The provided starting key is invalid: The provided key element does not match the schema")
    }

    @Test func scanPagesThroughEverything() async throws {
        let store = try await seeded()
        var start: DynamoDBItem?
        var total = 0
        repeat {
            let page = try await store.scan(ScanInput(tableName: "Orders", limit: 3, exclusiveStartKey: start))
            total += page.count
            start = page.lastEvaluatedKey
        } while start != nil
        #expect(total == 11)
    }

    @Test func pagesStopAtOneMegabyte() async throws {
        let store = try await ordersStore()
        let filler = String(repeating: "x", count: 300 * 1024)
        for sk in 1...5 {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", sk, extra: ["filler": .string(filler)])))
        }
        let page = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "a"]))
        #expect(page.count == 4)
        #expect(page.lastEvaluatedKey == ["pk": "a", "sk": 4])
    }
}
