import AWSClient
import LambdaEvents
import Testing

/// Query and Scan against moto, across several pages.
@Suite(.blockingIO) struct QueryScanTests {
    /// 25 items in partition `p`, sort keys `item#00` to `item#24`, every third one `archived`,
    /// plus 5 items in partition `other`.
    func seededTable(_ dynamo: DynamoDBClient) async throws -> String {
        let table = try await TestAWS.makeTable(dynamo)
        var writes: [WriteRequest] = (0..<25).map { index in
            let sortKey = "item#" + (index < 10 ? "0\(index)" : "\(index)")
            return .put(item: [
                "pk": "p", "sk": .string(sortKey), "n": .number(String(index)),
                "status": index % 3 == 0 ? "archived" : "active",
            ])
        }
        writes += (0..<5).map { .put(item: ["pk": "other", "sk": .string("o\($0)"), "status": "active"]) }
        for chunk in stride(from: 0, to: writes.count, by: 25) {
            let response = try await dynamo.batchWriteItem(BatchWriteItemRequest(
                requestItems: [table: Array(writes[chunk..<min(chunk + 25, writes.count)])]))
            #expect(response.unprocessedItems.isEmpty)
        }
        return table
    }

    @Test func aQueryReadsOnePartitionInSortKeyOrder() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let page = try await dynamo.query(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p AND begins_with(sk, :prefix)",
            expressionAttributeValues: [":p": "p", ":prefix": "item#1"]))
        #expect(page.items.compactMap { $0["sk"]?.stringValue } == (10...19).map { "item#\($0)" })
        #expect(page.count == 10)
        #expect(page.lastEvaluatedKey == nil)
    }

    @Test func aLimitedQueryPagesThroughEverythingInBothDirections() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let request = QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "p"], limit: 4)
        var pageSizes: [Int] = []
        var keys: [String] = []
        for try await page in dynamo.queryPages(request) {
            pageSizes.append(page.items.count)
            keys += page.items.compactMap { $0["sk"]?.stringValue }
        }
        #expect(pageSizes.count >= 7)
        #expect(pageSizes.allSatisfy { $0 <= 4 })
        #expect(keys.count == 25)
        #expect(keys == keys.sorted())

        var descending = request
        descending.scanIndexForward = false
        let all = try await dynamo.queryAll(descending)
        #expect(all.compactMap { $0["sk"]?.stringValue } == keys.reversed())
    }

    @Test func aFilterAppliesAfterTheKeyCondition() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let items = try await dynamo.queryAll(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p", filterExpression: "#s = :archived AND n > :min",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":p": "p", ":archived": "archived", ":min": 10],
            limit: 7))
        #expect(items.compactMap { $0["n"]?.numberText } == ["12", "15", "18", "21", "24"])
    }

    @Test func aQueryOnAnIndexSeesTheIndexKeys() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let page = try await dynamo.query(QueryRequest(
            tableName: table, indexName: "byStatus", keyConditionExpression: "#s = :archived",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":archived": "archived"],
            scanIndexForward: false))
        #expect(page.items.count == 9)
        #expect(page.items.first?["sk"] == "item#24")
    }

    @Test func aScanPagesThroughTheWholeTable() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        var pages = 0
        for try await page in dynamo.scanPages(ScanRequest(tableName: table, limit: 6)) {
            pages += 1
            #expect(page.items.count <= 6)
        }
        #expect(pages >= 5)
        let items = try await dynamo.scanAll(ScanRequest(tableName: table, limit: 6))
        #expect(items.count == 30)
        #expect(Set(items.compactMap { $0["sk"]?.stringValue }).count == 30)
    }

    @Test func pagesDecodeAsCodableValues() async throws {
        struct Row: Decodable { var sk: String; var n: Int }
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let page = try await dynamo.query(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p AND sk < :end",
            expressionAttributeValues: [":p": "p", ":end": "item#03"]))
        #expect(try page.decodeItems(as: Row.self).map(\.n) == [0, 1, 2])
    }

    @Test func countOnlyReturnsNoItems() async throws {
        let dynamo = try TestAWS.dynamoDB()
        let table = try await seededTable(dynamo)
        let page = try await dynamo.query(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "other"],
            select: .count))
        #expect(page.count == 5)
        #expect(page.items.isEmpty)
    }
}
