import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ExpressionAttributesTests {
    @Test func emptyNamesAreRejected() {
        #expect(throws: DynamoDBError.validation("ExpressionAttributeNames must not be empty")) {
            try ExpressionAttributes(names: [:])
        }
    }

    @Test func emptyValuesAreRejected() {
        #expect(throws: DynamoDBError.validation("ExpressionAttributeValues must not be empty")) {
            try ExpressionAttributes(values: [:])
        }
    }

    @Test func valueKeyWithoutColonIsRejected() {
        #expect(throws: DynamoDBError.validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"")) {
            try ExpressionAttributes(values: ["v": 1])
        }
    }

    @Test func nameKeyWithoutHashIsRejected() {
        #expect(throws: DynamoDBError.validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"")) {
            try ExpressionAttributes(names: ["n": "name"])
        }
    }

    @Test func unusedValueIsReportedAcrossTheRequest() throws {
        let shared = attributes(names: ["#s": "status"], values: [":p": "A", ":x": 1, ":y": 2])
        let key = try KeyConditionExpression("pk = :p", schema: KeySchema(partitionKey: "pk"), attributes: shared)
        let filter = try ConditionExpression("#s = :y", kind: .filter, attributes: shared)
        #expect(throws: DynamoDBError.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}")) {
            try shared.checkAllUsed(by: [key.usage, filter.usage])
        }
    }

    @Test func unusedNameIsReported() throws {
        let shared = attributes(names: ["#a": "a", "#b": "b"], values: [":v": 1])
        let parsed = try ConditionExpression("#a = :v", attributes: shared)
        #expect(throws: DynamoDBError.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}")) {
            try shared.checkAllUsed(by: [parsed.usage])
        }
    }

    @Test func everythingUsedPasses() throws {
        let shared = attributes(names: ["#s": "status"], values: [":v": 1, ":w": 2])
        let condition = try ConditionExpression("#s <> :v", attributes: shared)
        let change = try UpdateExpression("SET quantity = :w", attributes: shared)
        try shared.checkAllUsed(by: [condition.usage, change.usage])
    }
}
