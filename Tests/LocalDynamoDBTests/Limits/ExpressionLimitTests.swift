import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// DynamoDB's expression limits, each exactly at the limit and one past it, through the store.
@Suite struct ExpressionLimitTests {
    /// `text` padded with spaces to `bytes`; whitespace counts, as DynamoDB measures the raw text.
    static func padded(_ text: String, to bytes: Int) -> String {
        text + String(repeating: " ", count: bytes - text.utf8.count)
    }

    @Test func everyExpressionIsAtMost4096Bytes() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let key: DynamoDBItem = ["pk": "a", "sk": 1]
        func attempts(_ bytes: Int) async -> [DynamoDBServiceError?] {
            [
                await outcome({
                    _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, status: "PUT"), conditionExpression: Self.padded("attribute_exists(pk)", to: bytes)))
                }),
                await outcome({
                    _ = try await store.updateItem(UpdateItemInput(tableName: "Orders", key: key, updateExpression: Self.padded("SET b = :v", to: bytes), expressionAttributeValues: [":v": 1]))
                }),
                await outcome({
                    _ = try await store.scan(ScanInput(tableName: "Orders", filterExpression: Self.padded("sk = :v", to: bytes), expressionAttributeValues: [":v": 1]))
                }),
                await outcome({
                    _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: Self.padded("pk = :p", to: bytes), expressionAttributeValues: [":p": "a"]))
                }),
                await outcome({
                    _ = try await store.getItem(GetItemInput(tableName: "Orders", key: key, projectionExpression: Self.padded("pk", to: bytes)))
                }),
            ]
        }
        #expect(await attempts(4_096).allSatisfy { $0 == nil })
        let refusals = await attempts(4_097).map { $0?.message }
        #expect(refusals == [
            "Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
            "Invalid UpdateExpression: Expression size has exceeded the maximum allowed size;",
            "Invalid FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
            "Invalid KeyConditionExpression: Expression size has exceeded the maximum allowed size;",
            "Invalid ProjectionExpression: Expression size has exceeded the maximum allowed size;",
        ])
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: key)).item
        #expect(item?["status"] == "PUT")
        #expect(item?["b"] == 1)
    }

    @Test func anOversizedTransactionMemberRefusesTheWholeTransaction() async throws {
        let store = try await ordersStore()
        let error = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", 1))),
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("b", 1), conditionExpression: Self.padded("attribute_not_exists(pk)", to: 4_097))),
            ]))
        }
        #expect(error?.message == "Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func placeholdersAreAtMost255Bytes() async throws {
        let store = try await ordersStore()
        let name = "#" + String(repeating: "n", count: 254)
        let value = ":" + String(repeating: "v", count: 254)
        _ = try await store.putItem(PutItemInput(
            tableName: "Orders", item: order("a", 1), conditionExpression: "attribute_not_exists(\(name)) OR \(name) <> \(value)",
            expressionAttributeNames: [name: "status"], expressionAttributeValues: [value: "X"]))
        let longName = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1, status: "NAME"), conditionExpression: "attribute_exists(\(name)n)",
                expressionAttributeNames: [name + "n": "status"]))
        }
        #expect(longName?.message == "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256")
        let longValue = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1, status: "VALUE"), conditionExpression: "pk <> \(value)v",
                expressionAttributeValues: [value + "v": "X"]))
        }
        #expect(longValue?.message == "ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).items == [order("a", 1)])
    }

    @Test func namesAndValuesTogetherAreAtMost2MB() async throws {
        let store = try await ordersStore()
        // `:v` (2 bytes) and `#n` with `status` (8 bytes) leave the rest of 2 MB to the string.
        let fits = String(repeating: "x", count: 2 * 1024 * 1024 - 10)
        _ = try await store.putItem(PutItemInput(
            tableName: "Orders", item: order("a", 1), conditionExpression: "attribute_not_exists(#n) OR #n <> :v",
            expressionAttributeNames: ["#n": "status"], expressionAttributeValues: [":v": .string(fits)]))
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1, status: "OVER"), conditionExpression: "attribute_not_exists(#n) OR #n <> :v",
                expressionAttributeNames: ["#n": "status"], expressionAttributeValues: [":v": .string(fits + "x")]))
        }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == "ExpressionAttributeNames and ExpressionAttributeValues together exceed the maximum allowed size of 2097152 bytes; size: 2097153")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).items == [order("a", 1)])
    }

    @Test func anExpressionHasAtMost300Operators() async throws {
        let store = try await ordersStore()
        // 150 comparisons, 149 ANDs and one size(): 300. The next AND is the 301st.
        let conditions = ["size(s0) <> :v"] + (1..<150).map { "s\($0) <> :v" }
        _ = try await store.putItem(PutItemInput(
            tableName: "Orders", item: order("a", 1), conditionExpression: conditions.joined(separator: " AND "),
            expressionAttributeValues: [":v": 1]))
        let tooMany = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1, status: "X"),
                conditionExpression: conditions.joined(separator: " AND ") + " AND s = :v",
                expressionAttributeValues: [":v": 1]))
        }
        #expect(tooMany?.message == "Invalid ConditionExpression: The expression contains too many operators; operator count: 301")
        // 300 `+`, one per action; `=` of SET is not an operator.
        let additions = (0..<300).map { "a\($0)=:v+:v" }
        _ = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET " + additions.joined(separator: ","),
            expressionAttributeValues: [":v": 1]))
        let tooManyAdditions = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET " + additions.joined(separator: ",") + ",b=:v+:v",
                expressionAttributeValues: [":v": 1]))
        }
        #expect(tooManyAdditions?.message == "Invalid UpdateExpression: The expression contains too many operators; operator count: 301")
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item
        #expect(item?["a299"] == 2)
        #expect(item?["b"] == nil)
        #expect(item?["status"] == "OPEN")
    }

    @Test func aDocumentPathHasAtMost32Levels() async throws {
        let store = try await ordersStore()
        let deepest = "m" + String(repeating: ".m", count: 31)
        let projected = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1], projectionExpression: deepest))
        #expect(projected.item == nil)
        let error = await serviceError {
            _ = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1], projectionExpression: deepest + "[0]"))
        }
        #expect(error?.message == "Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33")
        let update = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET \(deepest).m = :v", expressionAttributeValues: [":v": 1]))
        }
        #expect(update?.message == "Invalid UpdateExpression: The document path has too many nesting levels; nesting levels: 33")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }
}
