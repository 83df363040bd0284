import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct KeyConditionTests {
    let schema = KeySchema(partitionKey: "pk", sortKey: "sk")

    func parse(_ text: String, names: [String: String]? = nil, values: DynamoDBItem) throws -> KeyConditionExpression {
        try KeyConditionExpression(text, schema: schema, attributes: attributes(names: names, values: values))
    }

    @Test func partitionKeyOnly() throws {
        let parsed = try parse("pk = :p", values: [":p": "CUSTOMER#42"])
        #expect(parsed.partitionValue == "CUSTOMER#42")
        #expect(parsed.sortKey == nil)
        #expect(parsed.matches(order))
    }

    @Test func sortKeyConditionsInEitherOrder() throws {
        let parsed = try parse("begins_with(sk, :s) AND pk = :p", values: [":p": "CUSTOMER#42", ":s": "ORDER#"])
        #expect(parsed.sortKey?.name == "sk")
        #expect(parsed.sortKey?.condition == .beginsWith("ORDER#"))
        #expect(parsed.matches(order))
    }

    @Test func everySortKeyOperator() throws {
        let values: DynamoDBItem = [":p": "CUSTOMER#42", ":s": "ORDER#2024-05-01", ":e": "ORDER#2025"]
        #expect(try parse("pk = :p AND sk = :s", values: values).sortKey?.condition == .equal("ORDER#2024-05-01"))
        #expect(try parse("pk = :p AND sk < :e", values: values).sortKey?.condition == .less("ORDER#2025"))
        #expect(try parse("pk = :p AND sk <= :e", values: values).sortKey?.condition == .lessOrEqual("ORDER#2025"))
        #expect(try parse("pk = :p AND sk > :s", values: values).sortKey?.condition == .greater("ORDER#2024-05-01"))
        #expect(try parse("pk = :p AND sk >= :s", values: values).sortKey?.condition == .greaterOrEqual("ORDER#2024-05-01"))
        #expect(try parse("pk = :p AND sk BETWEEN :s AND :e", values: values).sortKey?.condition == .between("ORDER#2024-05-01", "ORDER#2025"))
    }

    @Test func reversedComparisonIsMirrored() throws {
        let parsed = try parse(":p = pk AND :e > sk", values: [":p": "CUSTOMER#42", ":e": "ORDER#2025"])
        #expect(parsed.sortKey?.condition == .less("ORDER#2025"))
        #expect(parsed.matches(order))
    }

    @Test func numericSortKeysCompareByValue() {
        #expect(SortKeyCondition.between(.number("9"), .number("10")).matches(.number("9.5")))
        #expect(!SortKeyCondition.less(.number("10")).matches(.number("9E1")))
    }

    @Test func namesThroughAliases() throws {
        let parsed = try parse("#pk = :p", names: ["#pk": "pk"], values: [":p": "X"])
        #expect(parsed.usage.names == ["#pk"])
    }

    @Test func orIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR")) {
            try parse("pk = :p OR pk = :q", values: [":p": "a", ":q": "b"])
        }
    }

    @Test func notEqualIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: <>")) {
            try parse("pk = :p AND sk <> :q", values: [":p": "a", ":q": "b"])
        }
    }

    @Test func containsIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: contains")) {
            try parse("pk = :p AND contains(sk, :q)", values: [":p": "a", ":q": "b"])
        }
    }

    @Test func twoConditionsOnOneKeyAreRejected() {
        #expect(throws: DynamoDBError.validation("Invalid KeyConditionExpression: KeyConditionExpressions must only contain one condition per key")) {
            try parse("pk = :p AND sk > :q AND sk < :r", values: [":p": "a", ":q": "b", ":r": "c"])
        }
    }

    @Test func missingPartitionKeyIsRejected() {
        #expect(throws: DynamoDBError.validation("Query condition missed key schema element: pk")) {
            try parse("sk = :q", values: [":q": "b"])
        }
    }

    @Test func nonKeyAttributeIsRejected() {
        #expect(throws: DynamoDBError.validation("Query condition missed key schema element: sk")) {
            try parse("pk = :p AND quantity = :q", values: [":p": "a", ":q": 1])
        }
    }

    @Test func partitionKeyRangeIsRejected() {
        #expect(throws: DynamoDBError.validation("Query key condition not supported")) {
            try parse("pk > :p", values: [":p": "a"])
        }
    }

    @Test func reservedKeyNameNeedsAnAlias() {
        #expect(throws: DynamoDBError.validation("Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: date")) {
            try KeyConditionExpression("date = :d", schema: KeySchema(partitionKey: "date"), attributes: attributes(values: [":d": "x"]))
        }
    }
}
