import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ConcurrencyTests {
    /// 64 clients race a conditional increment capped at 40: exactly 40 succeed and the counter stops there.
    func raceToTheLimit(_ store: DynamoDBStore) async throws {
        _ = try await store.putItem(PutItemInput(tableName: "Orders", item: order("counter", 0, extra: ["n": 0])))
        let successes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    do {
                        _ = try await store.updateItem(UpdateItemInput(
                            tableName: "Orders", key: ["pk": "counter", "sk": 0], updateExpression: "SET n = n + :one",
                            conditionExpression: "n < :limit", expressionAttributeValues: [":one": 1, ":limit": 40]))
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(successes == 40)
        let item = try await store.getItem(GetItemInput(tableName: "Orders", key: ["pk": "counter", "sk": 0])).item
        #expect(item?["n"] == 40)
        #expect(try await store.streamRecords(tableName: "Orders").count == 41)
    }

    @Test func inMemoryCounterNeverPassesTheLimit() async throws {
        try await raceToTheLimit(try await ordersStore())
    }

    @Test func fileCounterNeverPassesTheLimit() async throws {
        try await raceToTheLimit(try await ordersStore(try fileStore()))
    }
}
