import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct TableOperationTests {
    @Test func createAndDescribe() async throws {
        let store = try await ordersStore()
        let table = try await store.describeTable(TableNameInput(tableName: "Orders")).table
        #expect(table.tableStatus == "ACTIVE")
        #expect(table.itemCount == 0)
        #expect(table.tableArn == "arn:aws:dynamodb:us-east-1:123456789012:table/Orders")
        #expect(table.globalSecondaryIndexes?.first?.indexName == "byStatus")
        #expect(table.latestStreamArn?.hasPrefix("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/") == true)
        #expect(table.streamSpecification?.streamViewType == .newAndOldImages)
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        #expect(try await store.describeTable(TableNameInput(tableName: "Orders")).table.itemCount == 1)
    }

    @Test func existingNameIsInUse() async throws {
        let store = try await ordersStore()
        let error = await serviceError { _ = try await ordersStore(store) }
        #expect(error?.code == "ResourceInUseException")
        #expect(error?.message == "Table already exists: Orders")
    }

    @Test func unknownTableIsNotFound() async throws {
        let store = try DynamoDBStore.inMemory()
        let error = await serviceError { _ = try await store.describeTable(TableNameInput(tableName: "Nope")) }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.message == "Requested resource not found: Table: Nope not found")
        #expect(error?.type == "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException")
    }

    @Test func keyAttributesMustBeDefined() async throws {
        let store = try DynamoDBStore.inMemory()
        let error = await serviceError {
            _ = try await store.createTable(CreateTableInput(
                tableName: "Things", keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "other", attributeType: "S")]))
        }
        #expect(error?.message == "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]")
    }

    @Test func keyTypesAreSNOrB() async throws {
        let store = try DynamoDBStore.inMemory()
        let error = await serviceError {
            _ = try await store.createTable(CreateTableInput(
                tableName: "Things", keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "BOOL")]))
        }
        #expect(error?.message == "1 validation error detected: Value 'BOOL' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]")
    }

    @Test func localIndexNeedsATableSortKey() async throws {
        let store = try DynamoDBStore.inMemory()
        let error = await serviceError {
            _ = try await store.createTable(CreateTableInput(
                tableName: "Things", keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S"), .init(attributeName: "at", attributeType: "N")],
                localSecondaryIndexes: [SecondaryIndex(indexName: "byTime", keySchema: [
                    .init(attributeName: "id", keyType: "HASH"), .init(attributeName: "at", keyType: "RANGE")])]))
        }
        #expect(error?.message == "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex")
    }

    @Test func tooManyGlobalIndexes() async throws {
        let store = try DynamoDBStore.inMemory()
        let indexes = (0..<21).map { SecondaryIndex(indexName: "index\($0)", keySchema: [.init(attributeName: "g", keyType: "HASH")]) }
        let error = await serviceError {
            _ = try await store.createTable(CreateTableInput(
                tableName: "Things", keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S"), .init(attributeName: "g", attributeType: "S")],
                globalSecondaryIndexes: indexes))
        }
        #expect(error?.message == "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20")
    }

    @Test func listTablesPages() async throws {
        let store = try DynamoDBStore.inMemory()
        for name in ["Charlie", "Alpha", "Bravo"] {
            _ = try await store.createTable(CreateTableInput(
                tableName: name, keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S")]))
        }
        let first = try await store.listTables(ListTablesInput(limit: 2))
        #expect(first.tableNames == ["Alpha", "Bravo"])
        #expect(first.lastEvaluatedTableName == "Bravo")
        let second = try await store.listTables(ListTablesInput(exclusiveStartTableName: "Bravo", limit: 2))
        #expect(second.tableNames == ["Charlie"])
        #expect(second.lastEvaluatedTableName == nil)
        let error = await serviceError { _ = try await store.listTables(ListTablesInput(limit: 0)) }
        #expect(error?.code == "ValidationException")
    }

    @Test func deleteTableRemovesItems() async throws {
        let store = try await ordersStore()
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("a", 1)))
        let deleted = try await store.deleteTable(TableNameInput(tableName: "Orders"))
        #expect(deleted.tableDescription.itemCount == 1)
        #expect(try await store.listTables().tableNames.isEmpty)
        _ = try await ordersStore(store)
        #expect(try await store.scan(ScanInput(tableName: "Orders")).count == 0)
    }

    @Test func timeToLive() async throws {
        let store = try await ordersStore()
        #expect(try await store.describeTimeToLive(TableNameInput(tableName: "Orders")).timeToLiveDescription.timeToLiveStatus == "DISABLED")
        _ = try await store.updateTimeToLive(UpdateTimeToLiveInput(
            tableName: "Orders", timeToLiveSpecification: TimeToLiveSpecification(enabled: true, attributeName: "expiresAt")))
        let described = try await store.describeTimeToLive(TableNameInput(tableName: "Orders")).timeToLiveDescription
        #expect(described.timeToLiveStatus == "ENABLED")
        #expect(described.attributeName == "expiresAt")
        let error = await serviceError {
            _ = try await store.updateTimeToLive(UpdateTimeToLiveInput(
                tableName: "Orders", timeToLiveSpecification: TimeToLiveSpecification(enabled: true, attributeName: "expiresAt")))
        }
        #expect(error?.message == "TimeToLive is already enabled")
    }
}
