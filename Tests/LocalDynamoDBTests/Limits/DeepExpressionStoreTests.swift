import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// The deep and chained expressions of ``DeepExpressionTests``, cut to fit DynamoDB's 4 KB limit,
/// through every operation that takes a condition: each is refused, and the table is unchanged.
@Suite struct DeepExpressionStoreTests {
    static let shapes: [(text: String, message: String)] = [
        (String(repeating: "(", count: 1_700) + "a = :v" + String(repeating: ")", count: 1_700),
         "The expression has redundant parentheses;"),
        (String(repeating: "NOT ", count: 1_000) + "a = :v", "The expression contains too many operators; operator count: 301"),
        (Array(repeating: "a = :v", count: 360).joined(separator: " AND "), "The expression contains too many operators; operator count: 301"),
        (Array(repeating: "a = :v", count: 360).joined(separator: " OR "), "The expression contains too many operators; operator count: 301"),
        (String(repeating: "size(", count: 650) + "a" + String(repeating: ")", count: 650) + " = :v",
         "Operator or function requires a document path; operator or function: size"),
        (String(repeating: "(a = :v OR ", count: 300) + "a = :v" + String(repeating: ")", count: 300),
         "The expression has too many nesting levels; nesting levels: 33"),
    ]

    @Test func everyOperationRefusesThem() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let values: DynamoDBItem = [":v": 1]
        for (text, message) in Self.shapes {
            #expect(text.utf8.count <= 4_096)
            let key: DynamoDBItem = ["pk": "a", "sk": 1]
            let refusals: [(String, DynamoDBServiceError?)] = [
                ("ConditionExpression", await serviceError {
                    _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, status: "X"), conditionExpression: text, expressionAttributeValues: values))
                }),
                ("ConditionExpression", await serviceError {
                    _ = try await store.updateItem(UpdateItemInput(tableName: "Orders", key: key, updateExpression: "SET b = :v", conditionExpression: text, expressionAttributeValues: values))
                }),
                ("ConditionExpression", await serviceError {
                    _ = try await store.deleteItem(DeleteItemInput(tableName: "Orders", key: key, conditionExpression: text, expressionAttributeValues: values))
                }),
                ("FilterExpression", await serviceError {
                    _ = try await store.scan(ScanInput(tableName: "Orders", filterExpression: text, expressionAttributeValues: values))
                }),
                ("FilterExpression", await serviceError {
                    _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p", filterExpression: text, expressionAttributeValues: [":p": "a", ":v": 1]))
                }),
                ("KeyConditionExpression", await serviceError {
                    _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: text, expressionAttributeValues: values))
                }),
                ("ConditionExpression", await serviceError {
                    _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                        TransactWriteItem(conditionCheck: ConditionCheck(tableName: "Orders", key: key, conditionExpression: text, expressionAttributeValues: values)),
                    ]))
                }),
            ]
            for (kind, error) in refusals {
                #expect(error?.code == "ValidationException")
                #expect(error?.message == "Invalid \(kind): \(message)")
            }
        }
        let stored = try await store.scan(ScanInput(tableName: "Orders"))
        #expect(stored.items == [order("a", 1)])
    }

    /// Update functions nest 32 levels deep and no deeper.
    @Test func nestedUpdateFunctionsRunTo32Levels() async throws {
        let store = try await ordersStore()
        let fallbacks = "SET b = " + String(repeating: "if_not_exists(a, ", count: 32) + ":v" + String(repeating: ")", count: 32)
        let appends = "SET c = " + String(repeating: "list_append(:l, ", count: 32) + ":l" + String(repeating: ")", count: 32)
        for text in [fallbacks, appends] {
            #expect(text.utf8.count <= 4_096)
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: text,
                expressionAttributeValues: text == fallbacks ? [":v": 1] : [":l": .list([1])]))
        }
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item
        #expect(item?["b"] == 1)
        #expect(item?["c"] == .list(Array(repeating: 1, count: 33)))
        let tooDeep = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET d = list_append(:l, \(appends.dropFirst(8)))",
                expressionAttributeValues: [":l": .list([1])]))
        }
        #expect(tooDeep?.message == "Invalid UpdateExpression: The expression has too many nesting levels; nesting levels: 33")
    }
}
