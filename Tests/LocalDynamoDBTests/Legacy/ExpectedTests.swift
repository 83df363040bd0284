import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// `Expected` and `ConditionalOperator` on PutItem, UpdateItem and DeleteItem.
@Suite struct ExpectedTests {
    func stored() async throws -> DynamoDBStore {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, extra: ["amount": 10, "tags": .stringSet(["x", "y"])])))
        return store
    }

    func get(_ store: DynamoDBStore) async throws -> DynamoDBItem? {
        try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1])).item
    }

    @Test func failedExpectedOnDeleteKeepsTheItem() async throws {
        let store = try await stored()
        let error = await serviceError {
            _ = try await store.deleteItem(DeleteItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], returnValues: "ALL_OLD", expected: ["status": .init(value: "DONE")]))
        }
        #expect(error?.code == "ConditionalCheckFailedException")
        #expect(try await get(store) != nil)
        let deleted = try await store.deleteItem(DeleteItemInput(
            tableName: "Orders", key: ["pk": "a", "sk": 1], returnValues: "ALL_OLD", expected: ["status": .init(value: "OPEN")]))
        #expect(deleted.attributes?["status"] == "OPEN")
        #expect(try await get(store) == nil)
    }

    @Test(arguments: [
        // (entry, holds for the stored item)
        (ExpectedAttributeValue(value: "OPEN"), true),
        (ExpectedAttributeValue(value: "OPEN", exists: true), true),
        (ExpectedAttributeValue(value: 10), false),
        (ExpectedAttributeValue(exists: false), false),
        (ExpectedAttributeValue(comparisonOperator: "NE", attributeValueList: ["DONE"]), true),
        (ExpectedAttributeValue(comparisonOperator: "NOT_NULL"), true),
        (ExpectedAttributeValue(comparisonOperator: "NULL"), false),
        (ExpectedAttributeValue(comparisonOperator: "BEGINS_WITH", attributeValueList: ["OP"]), true),
        (ExpectedAttributeValue(comparisonOperator: "IN", attributeValueList: ["DONE", "OPEN"]), true),
        (ExpectedAttributeValue(comparisonOperator: "BETWEEN", attributeValueList: ["A", "N"]), false),
        (ExpectedAttributeValue(comparisonOperator: "GT", attributeValueList: ["A"]), true),
        (ExpectedAttributeValue(comparisonOperator: "LT", attributeValueList: ["A"]), false),
        (ExpectedAttributeValue(comparisonOperator: "CONTAINS", attributeValueList: ["PE"]), true),
        (ExpectedAttributeValue(comparisonOperator: "NOT_CONTAINS", attributeValueList: ["PE"]), false),
        (ExpectedAttributeValue(value: "OPEN", comparisonOperator: "EQ"), true),
    ])
    func expectedOnStatus(entry: ExpectedAttributeValue, holds: Bool) async throws {
        let store = try await stored()
        let put = PutItemInput(tableName: "Orders", item: order("a", 1, status: "CHANGED"), expected: ["status": entry])
        if holds {
            _ = try await store.putItem(put)
            #expect(try await get(store)?["status"] == "CHANGED")
        } else {
            let error = await serviceError { _ = try await store.putItem(put) }
            #expect(error?.code == "ConditionalCheckFailedException")
            #expect(try await get(store)?["status"] == "OPEN")
        }
    }

    @Test func numberOperatorsAndSetContainment() async throws {
        let store = try await stored()
        let update = { (expected: [String: ExpectedAttributeValue], op: String?) in
            UpdateItemInput(tableName: "Orders", key: ["pk": "a", "sk": 1], expected: expected, conditionalOperator: op,
                            attributeUpdates: ["seen": .init("ADD", 1)])
        }
        _ = try await store.updateItem(update(["amount": .init(comparisonOperator: "GE", attributeValueList: [.number("10.0")])], nil))
        _ = try await store.updateItem(update(["tags": .init(comparisonOperator: "CONTAINS", attributeValueList: ["x"])], nil))
        let failed = await serviceError {
            _ = try await store.updateItem(update([
                "amount": .init(comparisonOperator: "LT", attributeValueList: [5]),
                "tags": .init(comparisonOperator: "CONTAINS", attributeValueList: ["x"]),
            ], "AND"))
        }
        #expect(failed?.code == "ConditionalCheckFailedException")
        _ = try await store.updateItem(update([
            "amount": .init(comparisonOperator: "LT", attributeValueList: [5]),
            "tags": .init(comparisonOperator: "CONTAINS", attributeValueList: ["x"]),
        ], "OR"))
        #expect(try await get(store)?["seen"] == 3)
    }

    @Test func missingItemSatisfiesOnlyAbsence() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), expected: ["pk": .init(exists: false)]))
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("b", 1), expected: ["pk": .init(value: "b")]))
        }
        #expect(error?.code == "ConditionalCheckFailedException")
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 1)
    }

    @Test(arguments: [
        (["s": ExpectedAttributeValue(exists: true)], "One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: s"),
        (["s": ExpectedAttributeValue()], "One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: s"),
        (["s": ExpectedAttributeValue(value: "x", exists: false)], "One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: s"),
        (["s": ExpectedAttributeValue(exists: true, comparisonOperator: "NULL")], "One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: s"),
        (["s": ExpectedAttributeValue(value: "x", comparisonOperator: "EQ", attributeValueList: ["x"])], "One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: s"),
        (["s": ExpectedAttributeValue(attributeValueList: ["x"])], "One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: s"),
        (["s": ExpectedAttributeValue(comparisonOperator: "EQ")], "One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: s"),
        (["s": ExpectedAttributeValue(comparisonOperator: "NULL", attributeValueList: ["x"])], "One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator"),
        (["s": ExpectedAttributeValue(comparisonOperator: "BETWEEN", attributeValueList: ["x"])], "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator"),
        (["s": ExpectedAttributeValue(comparisonOperator: "BETWEEN", attributeValueList: ["x", 1])], "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type"),
        (["s": ExpectedAttributeValue(comparisonOperator: "BETWEEN", attributeValueList: ["z", "a"])], "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"),
        (["s": ExpectedAttributeValue(comparisonOperator: "GT", attributeValueList: [.stringSet(["a"])])], "One or more parameter values were invalid: ComparisonOperator GT is not valid for SS AttributeValue type"),
        (["s": ExpectedAttributeValue(comparisonOperator: "LIKE", attributeValueList: ["a"])], "1 validation error detected: Value 'LIKE' at 'expected.s.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]"),
    ])
    func invalidExpectedIsRefusedAndChangesNothing(expected: [String: ExpectedAttributeValue], message: String) async throws {
        let store = try await stored()
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1, status: "CHANGED"), expected: expected))
        }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == message)
        #expect(try await get(store)?["status"] == "OPEN")
    }

    @Test func conditionalOperatorRules() async throws {
        let store = try await stored()
        let unknown = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), expected: ["x": .init(exists: false), "y": .init(exists: false)], conditionalOperator: "XOR"))
        }
        #expect(unknown?.message == "1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]")
        let alone = await serviceError { _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), conditionalOperator: "OR")) }
        #expect(alone?.message == "ConditionalOperator cannot be used without Filter or Expected")
        let single = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1), expected: ["x": .init(exists: false)], conditionalOperator: "OR"))
        }
        #expect(single?.message == "ConditionalOperator can only be used when Filter or Expected has two or more elements")
    }

    @Test func expressionAndLegacyConditionsDoNotMix() async throws {
        let store = try await stored()
        let put = await serviceError {
            _ = try await store.putItem(PutItemInput(
                tableName: "Orders", item: order("a", 1), conditionExpression: "attribute_exists(pk)", expected: ["pk": .init(exists: false)]))
        }
        #expect(put?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}")
        let update = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], updateExpression: "SET #s = :s", expressionAttributeNames: ["#s": "status"],
                expressionAttributeValues: [":s": "X"], expected: ["status": .init(value: "OPEN")]))
        }
        #expect(update?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}")
        let delete = await serviceError {
            _ = try await store.deleteItem(DeleteItemInput(
                tableName: "Orders", key: ["pk": "a", "sk": 1], conditionExpression: "attribute_exists(pk)", conditionalOperator: "AND"))
        }
        #expect(delete?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {ConditionalOperator} Expression parameters: {ConditionExpression}")
        #expect(try await get(store)?["status"] == "OPEN")
    }
}
