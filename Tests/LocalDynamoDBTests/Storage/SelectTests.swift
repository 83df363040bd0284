import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// `Select` on Query and Scan, and the index rules that go with it.
@Suite struct SelectTests {
    /// `Orders` with a KEYS_ONLY global index `byStatus` and a KEYS_ONLY local index `byAmount`.
    func seeded() async throws -> DynamoDBStore {
        let store = try DynamoDBStore.inMemory()
        _ = try await store.createTable(CreateTableInput(
            tableName: "Orders",
            keySchema: [.init(attributeName: "pk", keyType: "HASH"), .init(attributeName: "sk", keyType: "RANGE")],
            attributeDefinitions: [
                .init(attributeName: "pk", attributeType: "S"), .init(attributeName: "sk", attributeType: "N"),
                .init(attributeName: "status", attributeType: "S"), .init(attributeName: "amount", attributeType: "N"),
            ],
            globalSecondaryIndexes: [SecondaryIndex(
                indexName: "byStatus", keySchema: [.init(attributeName: "status", keyType: "HASH")], projection: Projection(projectionType: "KEYS_ONLY"))],
            localSecondaryIndexes: [SecondaryIndex(
                indexName: "byAmount", keySchema: [.init(attributeName: "pk", keyType: "HASH"), .init(attributeName: "amount", keyType: "RANGE")],
                projection: Projection(projectionType: "KEYS_ONLY"))]
        ))
        for sk in 1...3 {
            _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", sk, extra: ["amount": .number(String(sk)), "note": .string("n\(sk)")])))
        }
        return store
    }

    func scan(_ store: DynamoDBStore, index: String? = nil, select: String?, projection: String? = nil, names: [String]? = nil) async throws -> ReadPageOutput {
        try await store.scan(ScanInput(tableName: "Orders", indexName: index, projectionExpression: projection, select: select, attributesToGet: names))
    }

    @Test func localIndexReadsWholeItemsFromTheTable() async throws {
        let store = try await seeded()
        let projected = try await scan(store, index: "byAmount", select: nil)
        #expect(projected.items?.first == ["pk": "a", "sk": 1, "amount": 1])
        let all = try await scan(store, index: "byAmount", select: "ALL_ATTRIBUTES")
        #expect(all.items?.first?["note"] == "n1")
        let specific = try await scan(store, index: "byAmount", select: "SPECIFIC_ATTRIBUTES", projection: "note")
        #expect(specific.items?.map { $0["note"] } == ["n1", "n2", "n3"])
        let filtered = try await store.query(QueryInput(
            tableName: "Orders", indexName: "byAmount", keyConditionExpression: "pk = :p", filterExpression: "note = :n",
            expressionAttributeValues: [":p": "a", ":n": "n2"]))
        #expect(filtered.items == [["pk": "a", "sk": 2, "amount": 2]])
        let globalIndex = try await scan(store, index: "byStatus", select: "SPECIFIC_ATTRIBUTES", projection: "note, sk")
        #expect(globalIndex.items?.first == ["sk": 1], "a global index cannot read what it does not project")
    }

    @Test func countAndSpecificAttributes() async throws {
        let store = try await seeded()
        let count = try await scan(store, select: "COUNT")
        #expect(count.items == nil && count.count == 3)
        let names = try await scan(store, select: "SPECIFIC_ATTRIBUTES", names: ["note"])
        #expect(names.items?.first == ["note": "n1"])
    }

    @Test(arguments: [
        ("SPECIFIC_ATTRIBUTES", String?.none, String?.none, "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES"),
        ("ALL_ATTRIBUTES", String?.none, String?.some("sk"), "Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES"),
        ("COUNT", String?.none, String?.some("sk"), "Cannot specify the ProjectionExpression when choosing to get only the Count"),
        ("ALL_PROJECTED_ATTRIBUTES", String?.some("byStatus"), String?.some("sk"), "Cannot specify the ProjectionExpression when choosing to get ALL_PROJECTED_ATTRIBUTES"),
        ("ALL_PROJECTED_ATTRIBUTES", String?.none, String?.none, "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName"),
        ("ALL_ATTRIBUTES", String?.some("byStatus"), String?.none, "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byStatus because its projection type is not ALL"),
    ])
    func refusedSelections(select: String, index: String?, projection: String?, message: String) async throws {
        let store = try await seeded()
        let scanError = await serviceError { _ = try await scan(store, index: index, select: select, projection: projection) }
        #expect(scanError?.message == message)
        let key = index == nil ? "pk" : "#s"
        let queryError = await serviceError {
            _ = try await store.query(QueryInput(
                tableName: "Orders", indexName: index, keyConditionExpression: "\(key) = :v", projectionExpression: projection,
                expressionAttributeNames: index == nil ? nil : ["#s": "status"], expressionAttributeValues: [":v": "a"], select: select))
        }
        let prefixed = message.hasPrefix("One or more") ? message : "1 validation error detected: " + message
        #expect(queryError?.message == prefixed)
    }

    @Test func attributesToGetIsNamedInSelectErrors() async throws {
        let store = try await seeded()
        let error = await serviceError { _ = try await scan(store, select: "COUNT", names: ["sk"]) }
        #expect(error?.message == "Cannot specify the AttributesToGet when choosing to get only the Count")
    }

    @Test func consistentReadsOfGlobalIndexesAreRefused() async throws {
        let store = try await seeded()
        let scan = await serviceError { _ = try await store.scan(ScanInput(tableName: "Orders", indexName: "byStatus", consistentRead: true)) }
        #expect(scan?.message == "Consistent reads are not supported on global secondary indexes")
        let query = await serviceError {
            _ = try await store.query(QueryInput(
                tableName: "Orders", indexName: "byStatus", keyConditionExpression: "#s = :v", expressionAttributeNames: ["#s": "status"],
                expressionAttributeValues: [":v": "OPEN"], consistentRead: true))
        }
        #expect(query?.message == "Consistent reads are not supported on global secondary indexes")
        #expect(try await store.scan(ScanInput(tableName: "Orders", indexName: "byAmount", consistentRead: true)).count == 3)
    }
}
