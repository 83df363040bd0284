import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// DynamoDB's key size limits: 2048 bytes of partition key, 1024 of sort key, in the table and its indexes.
@Suite struct KeySizeTests {
    /// `Keys` (pk S, sk S) with a global index `bySk` whose sort key is `pk`.
    func store() async throws -> DynamoDBStore {
        let store = try DynamoDBStore.inMemory()
        _ = try await store.createTable(CreateTableInput(
            tableName: "Keys",
            keySchema: [.init(attributeName: "pk", keyType: "HASH"), .init(attributeName: "sk", keyType: "RANGE")],
            attributeDefinitions: [.init(attributeName: "pk", attributeType: "S"), .init(attributeName: "sk", attributeType: "S")],
            globalSecondaryIndexes: [SecondaryIndex(
                indexName: "bySk", keySchema: [.init(attributeName: "sk", keyType: "HASH"), .init(attributeName: "pk", keyType: "RANGE")])]
        ))
        return store
    }

    let hashMessage = "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes"
    let rangeMessage = "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes"

    @Test func keysAtTheLimitAreStoredAndOverItRefused() async throws {
        let store = try await store()
        let emoji = "\u{1F603}"  // four bytes in UTF-8
        _ = try await store.putItem(PutItemInput(tableName: "Keys", item: ["pk": .string(String(repeating: emoji, count: 256)), "sk": .string(String(repeating: "s", count: 1024))]))
        let hash = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Keys", item: ["pk": .string("x" + String(repeating: emoji, count: 512)), "sk": "s"]))
        }
        #expect(hash?.message == hashMessage)
        let range = await serviceError {
            _ = try await store.updateItem(UpdateItemInput(tableName: "Keys", key: ["pk": "p", "sk": .string(String(repeating: "s", count: 1025))]))
        }
        #expect(range?.message == rangeMessage)
        let delete = await serviceError {
            _ = try await store.deleteItem(DeleteItemInput(tableName: "Keys", key: ["pk": .string(String(repeating: "x", count: 2049)), "sk": "s"]))
        }
        #expect(delete?.message == hashMessage)
        #expect(try await store.scan(ScanInput(tableName: "Keys")).count == 1)
    }

    @Test func indexKeysHaveTheSameLimits() async throws {
        let store = try await store()
        let error = await serviceError {
            _ = try await store.putItem(PutItemInput(tableName: "Keys", item: ["pk": .string(String(repeating: "p", count: 1025)), "sk": "s"]))
        }
        #expect(error?.message == rangeMessage)
        #expect(try await store.scan(ScanInput(tableName: "Keys")).count == 0)
    }
}
