import LambdaEvents
import TestSupport
import Testing
@testable import LocalDynamoDB

/// DynamoDB stores documents up to 32 levels deep, the attribute itself being level 1: a value
/// wrapped in 31 maps is the deepest it takes, 32 maps are refused on every write.
@Suite struct ItemNestingTests {
    static let message = "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit"

    /// A string wrapped in `wraps` single-member maps and lists, alternating.
    static func deep(_ wraps: Int) -> AttributeValue {
        var value: AttributeValue = "leaf"
        for level in 0..<wraps { value = level.isMultiple(of: 2) ? .map(["n": value]) : .list([value]) }
        return value
    }

    @Test func putItemTakes32LevelsAndRefuses33() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["d": Self.deep(31)])))
        let error = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("b", 1, extra: ["d": Self.deep(32)]))) }
        #expect(error?.message == Self.message)
        let items = try await store.scan(ScanInput(tableName: "Orders")).items
        #expect(items == [order("a", 1, extra: ["d": Self.deep(31)])])
    }

    @Test func batchWriteTakes32LevelsAndRefuses33() async throws {
        let store = try await ordersStore()
        _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [
            WriteRequest(putRequest: PutRequest(item: order("a", 1, extra: ["d": Self.deep(31)]))),
        ]]))
        let error = await serviceError {
            _ = try await store.batchWriteItem(BatchWriteItemInput(requestItems: ["Orders": [
                WriteRequest(putRequest: PutRequest(item: order("b", 1))),
                WriteRequest(putRequest: PutRequest(item: order("c", 1, extra: ["d": Self.deep(32)]))),
            ]]))
        }
        #expect(error?.message == Self.message)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 1)
    }

    @Test func transactWriteTakes32LevelsAndRefuses33() async throws {
        let store = try await ordersStore()
        _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
            TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["d": Self.deep(31)]))),
        ]))
        let error = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("b", 1))),
                TransactWriteItem(put: PutItemInput(tableName: "Orders", item: order("c", 1, extra: ["d": Self.deep(32)]))),
            ]))
        }
        #expect(error?.message == Self.message)
        let setTooDeep = await serviceError {
            _ = try await store.transactWriteItems(TransactWriteItemsInput(transactItems: [
                TransactWriteItem(update: UpdateItemInput(
                    tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET d.n[0].n = :v", expressionAttributeValues: [":v": Self.deep(29)])),
            ]))
        }
        #expect(setTooDeep?.message == Self.message)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).items == [order("a", 1, extra: ["d": Self.deep(31)])])
    }

    @Test func updateItemRefusesASetThatNestsTooDeep() async throws {
        let store = try await ordersStore()
        let key: DynamoDBItem = ["pk": "a", "sk": 1]
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["d": .map(["n": .list(["x"])])])))
        // `d.n[0]` is level 3; a value of 29 wraps there puts its leaf at level 32.
        _ = try await store.updateItem(UpdateItemInput(
            tableName: "Orders", key: key, updateExpression: "SET d.n[0] = :v", expressionAttributeValues: [":v": Self.deep(29)]))
        let error = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: key, updateExpression: "SET d.n[0] = :v", expressionAttributeValues: [":v": Self.deep(30)]))
        }
        #expect(error?.message == Self.message)
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: key)).item
        #expect(item?["d"] == .map(["n": .list([Self.deep(29)])]))
    }

    @Test func expressionValuesAre32LevelsAtMost() async throws {
        let store = try await ordersStore()
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1), conditionExpression: "d <> :deep", expressionAttributeValues: [":deep": Self.deep(32)]))
        }
        #expect(error?.message == "ExpressionAttributeValues contains invalid value: \(Self.message) for key :deep")
        _ = try await store.putItem(PutItemInput(
            tableName: "Orders", item: order("a", 1), conditionExpression: "d <> :deep", expressionAttributeValues: [":deep": Self.deep(31)]))
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 1)
    }

    /// The nesting check itself must not be what overflows: a value as deep as a request body can
    /// carry (Foundation reads 512 JSON levels, two per attribute level) is refused on a small stack.
    @Test func aVeryDeepValueIsRefusedOnASmallStack() async {
        let message = await SmallStack.awaiting { () -> String? in
            do throws(DynamoDBServiceError) {
                _ = try ItemValidation.canonical(["d": Self.deep(255)])
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message == Self.message)
    }
}
