import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ProjectionTests {
    func project(_ text: String, names: [String: String]? = nil, item: DynamoDBItem = order) throws -> DynamoDBItem {
        try ProjectionExpression(text, attributes: attributes(names: names)).apply(to: item)
    }

    @Test func keepsOnlyTopLevelAttributes() throws {
        #expect(try project("pk, quantity, #s", names: ["#s": "status"]) == ["pk": "CUSTOMER#42", "quantity": 3, "status": "SHIPPED"])
    }

    @Test func nestedMembersKeepTheirMap() throws {
        #expect(try project("address.city, address.geo.lat") == ["address": ["city": "Lyon", "geo": ["lat": .number("45.76")]]])
    }

    @Test func listElementsAreCompactedInOriginalOrder() throws {
        let item: DynamoDBItem = ["entries": ["a", "b", "c", "d"]]
        #expect(try project("entries[3], entries[1]", item: item) == ["entries": ["b", "d"]])
    }

    @Test func memberOfListElement() throws {
        #expect(try project("orderLines[1].sku") == ["orderLines": [["sku": "B-2"]]])
    }

    @Test func missingPathsAreLeftOut() throws {
        #expect(try project("nothing, address.street, orderLines[5]") == [:])
    }

    @Test func overlappingPathsAreRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [address], path two: [address, city]")) {
            try project("address, address.city")
        }
    }

    @Test func conflictingPathsAreRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [orderLines, [0]], path two: [orderLines, sku]")) {
            try project("orderLines[0], orderLines.sku")
        }
    }

    @Test func reservedWordIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: data")) {
            try project("pk, data")
        }
    }

    @Test func trailingCommaIsASyntaxError() {
        #expect(throws: DynamoDBError.validation("Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"")) {
            try project("pk,")
        }
    }
}
