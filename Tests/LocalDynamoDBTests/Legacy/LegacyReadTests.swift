import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// `KeyConditions`, `QueryFilter`, `ScanFilter` and `AttributesToGet` on the reads.
@Suite struct LegacyReadTests {
    func seeded() async throws -> DynamoDBStore {
        let store = try await ordersStore()
        for sk in 1...6 {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", sk, status: sk.isMultiple(of: 2) ? "OPEN" : "DONE", extra: ["amount": .number(String(sk * 10))])))
        }
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("b", 1)))
        return store
    }

    func query(_ store: DynamoDBStore, _ keyConditions: [String: ComparisonCondition], filter: [String: ComparisonCondition]? = nil,
               operator: String? = nil, attributes: [String]? = nil) async throws -> ReadPageOutput {
        try await store.query(QueryInput(tableName: "Orders", keyConditions: keyConditions, queryFilter: filter,
                                         conditionalOperator: `operator`, attributesToGet: attributes))
    }

    @Test func keyConditionsSelectTheRange() async throws {
        let store = try await seeded()
        let between = try await query(store, ["pk": .init("EQ", ["a"]), "sk": .init("BETWEEN", [2, 4])])
        #expect(between.items?.map { $0["sk"] } == [2, 3, 4])
        let greater = try await query(store, ["pk": .init("EQ", ["a"]), "sk": .init("GT", [4])])
        #expect(greater.items?.map { $0["sk"] } == [5, 6])
        let partition = try await query(store, ["pk": .init("EQ", ["b"])])
        #expect(partition.count == 1)
        let index = try await store.query(QueryInput(tableName: "Orders", indexName: "byStatus", keyConditions: ["status": .init("EQ", ["OPEN"])]))
        #expect(index.count == 4)
    }

    @Test func queryFilterAndAttributesToGet() async throws {
        let store = try await seeded()
        let filtered = try await query(store, ["pk": .init("EQ", ["a"])], filter: ["status": .init("EQ", ["OPEN"]), "amount": .init("GE", [40])],
                                       attributes: ["sk", "amount"])
        #expect(filtered.items == [["sk": 4, "amount": 40], ["sk": 6, "amount": 60]])
        #expect(filtered.scannedCount == 6)
        let either = try await query(store, ["pk": .init("EQ", ["a"])], filter: ["status": .init("EQ", ["OPEN"]), "amount": .init("LE", [10])],
                                     operator: "OR")
        #expect(either.items?.map { $0["sk"] } == [1, 2, 4, 6])
        let withExpression = try await store.query(QueryInput(
            tableName: "Orders", filterExpression: "amount > :m", expressionAttributeValues: [":m": 50], keyConditions: ["pk": .init("EQ", ["a"])]))
        #expect(withExpression.items?.map { $0["sk"] } == [6])
    }

    @Test(arguments: [
        (["pk": ComparisonCondition("EQ", ["a"]), "sk": .init("EQ", [1]), "amount": .init("EQ", [1])], "Conditions can be of length 1 or 2 only"),
        (["sk": ComparisonCondition("EQ", [1])], "Query condition missed key schema element: pk"),
        (["pk": ComparisonCondition("EQ", ["a"]), "amount": .init("EQ", [1])], "Query condition missed key schema element: sk"),
        (["pk": ComparisonCondition("BEGINS_WITH", ["a"])], "Query key condition not supported"),
        (["pk": ComparisonCondition("EQ", ["a"]), "sk": .init("NE", [1])], "Attempted conditional constraint is not an indexable operation"),
        (["pk": ComparisonCondition("EQ", [1])], "One or more parameter values were invalid: Condition parameter type does not match schema type"),
        (["pk": ComparisonCondition("EQ", [""])], "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk"),
        (["pk": ComparisonCondition("EQ", ["a", "b"])], "One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator"),
        (["pk": ComparisonCondition(nil, ["a"])], "1 validation error detected: Value null at 'keyConditions.pk.member.comparisonOperator' failed to satisfy constraint: Member must not be null"),
    ])
    func invalidKeyConditions(conditions: [String: ComparisonCondition], message: String) async throws {
        let store = try await seeded()
        let error = await serviceError { _ = try await query(store, conditions) }
        #expect(error?.message == message)
    }

    @Test func queryRefusals() async throws {
        let store = try await seeded()
        let none = await serviceError { _ = try await store.query(QueryInput(tableName: "Orders")) }
        #expect(none?.message == "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.")
        let both = await serviceError {
            _ = try await store.query(QueryInput(
                tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": "a"], keyConditions: ["pk": .init("EQ", ["a"])]))
        }
        #expect(both?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}")
        let mixed = await serviceError {
            _ = try await store.query(QueryInput(
                tableName: "Orders", keyConditionExpression: "pk = :p", projectionExpression: "sk", expressionAttributeValues: [":p": "a"],
                queryFilter: ["amount": .init("GT", [1])], attributesToGet: ["sk"]))
        }
        #expect(mixed?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet, QueryFilter} Expression parameters: {ProjectionExpression, KeyConditionExpression}")
        let keyFilter = await serviceError { _ = try await query(store, ["pk": .init("EQ", ["a"])], filter: ["sk": .init("GT", [1])]) }
        #expect(keyFilter?.message == "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk")
        let emptyExpressionKey = await serviceError {
            _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p AND sk = :s", expressionAttributeValues: [":p": "a", ":s": 1]))
            _ = try await store.query(QueryInput(tableName: "Orders", keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": ""]))
        }
        #expect(emptyExpressionKey?.message == "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk")
    }

    @Test func scanFilterAndAttributesToGet() async throws {
        let store = try await seeded()
        let open = try await store.scan(ScanInput(tableName: "Orders", scanFilter: ["status": .init("EQ", ["OPEN"])], attributesToGet: ["pk", "sk"]))
        #expect(Set(open.items ?? []) == [["pk": "a", "sk": 2], ["pk": "a", "sk": 4], ["pk": "a", "sk": 6], ["pk": "b", "sk": 1]])
        let missing = try await store.scan(ScanInput(tableName: "Orders", scanFilter: ["amount": .init("NULL")]))
        #expect(missing.items?.map { $0["pk"] } == ["b"])
        let notContaining = try await store.scan(ScanInput(tableName: "Orders", scanFilter: ["status": .init("NOT_CONTAINS", ["PE"])]))
        #expect(notContaining.count == 3)
        let mixed = await serviceError {
            _ = try await store.scan(ScanInput(tableName: "Orders", filterExpression: "attribute_exists(pk)", scanFilter: ["status": .init("NOT_NULL")]))
        }
        #expect(mixed?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}")
        let badOperator = await serviceError { _ = try await store.scan(ScanInput(tableName: "Orders", scanFilter: ["status": .init("MATCHES", ["x"])])) }
        #expect(badOperator?.message == "1 validation error detected: Value 'MATCHES' at 'scanFilter.status.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]")
    }

    @Test func attributesToGetOnGetItemAndBatchGetItem() async throws {
        let store = try await seeded()
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 2], attributesToGet: ["amount", "nothing"]))
        #expect(item.item == ["amount": 20])
        let batch = try await store.batchGetItem(BatchGetItemInput(requestItems: [
            "Orders": KeysAndAttributes(keys: [["pk": "a", "sk": 2], ["pk": "b", "sk": 1]], attributesToGet: ["sk"]),
        ]))
        #expect(Set(batch.responses["Orders"] ?? []) == [["sk": 2], ["sk": 1]])
        let duplicate = await serviceError { _ = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 2], attributesToGet: ["sk", "sk"])) }
        #expect(duplicate?.message == "One or more parameter values were invalid: Duplicate value in attribute name: sk")
        let empty = await serviceError { _ = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 2], attributesToGet: [])) }
        #expect(empty?.message == "1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1")
        let mixed = await serviceError {
            _ = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "a", "sk": 2], projectionExpression: "sk", attributesToGet: ["sk"]))
        }
        #expect(mixed?.message == "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}")
    }
}
