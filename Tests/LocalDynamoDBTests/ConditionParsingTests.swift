import LambdaEvents
import Testing
@testable import LocalDynamoDB

@Suite struct ConditionParsingTests {
    @Test func parsesComparisonWithNestedPath() throws {
        let parsed = try condition("address.geo.lat > :v", values: [":v": 1])
        #expect(parsed.condition == .compare(
            .path(DocumentPath([.attribute("address"), .attribute("geo"), .attribute("lat")])), .greater, .value(1)))
    }

    @Test func parsesListIndexesAndNameAliases() throws {
        let parsed = try condition("#l[1].#p = :v", names: ["#l": "orderLines", "#p": "price"], values: [":v": 1])
        #expect(parsed.condition == .compare(
            .path(DocumentPath([.attribute("orderLines"), .index(1), .attribute("price")])), .equal, .value(1)))
        #expect(parsed.usage.names == ["#l", "#p"])
        #expect(parsed.usage.values == [":v"])
    }

    @Test func andBindsTighterThanOr() throws {
        let parsed = try condition("a = :x OR b = :x AND c = :x", values: [":x": 1])
        guard case .or(_, .and) = parsed.condition else {
            Issue.record("expected OR(_, AND), got \(parsed.condition)")
            return
        }
    }

    @Test func parenthesesOverridePrecedence() throws {
        let parsed = try condition("(a = :x OR b = :x) AND c = :x", values: [":x": 1])
        guard case .and(.or, _) = parsed.condition else {
            Issue.record("expected AND(OR, _), got \(parsed.condition)")
            return
        }
    }

    @Test func notBindsTighterThanAnd() throws {
        let parsed = try condition("NOT a = :x AND b = :x", values: [":x": 1])
        guard case .and(.not, _) = parsed.condition else {
            Issue.record("expected AND(NOT, _), got \(parsed.condition)")
            return
        }
    }

    @Test func keywordsAreCaseInsensitive() throws {
        let parsed = try condition("a between :lo and :hi", values: [":lo": 1, ":hi": 2])
        #expect(parsed.condition == .between(.path(DocumentPath(attribute: "a")), low: .value(1), high: .value(2)))
    }

    @Test func parsesFunctions() throws {
        let parsed = try condition(
            "attribute_exists(a) AND attribute_not_exists(b) AND attribute_type(c, :t) AND begins_with(d, :s) AND contains(e, :s) AND size(f) > :n",
            values: [":t": "SS", ":s": "x", ":n": 1])
        #expect(parsed.usage.values == [":t", ":s", ":n"])
    }

    @Test func syntaxErrorNamesTokenAndNeighbours() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Syntax error; token: \"<\", near: \"< < b\"")) {
            try condition("a < < b")
        }
    }

    @Test func syntaxErrorAtEndOfExpression() {
        #expect(throws: DynamoDBError.validation("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"AND\"")) {
            try ConditionExpression("a = :v AND", kind: .filter, attributes: attributes(values: [":v": 1]))
        }
    }

    @Test func unknownCharacterIsASyntaxError() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Syntax error; token: \"-\", near: \"my-attr\"")) {
            try condition("my-attr = :v", values: [":v": 1])
        }
    }

    @Test func reservedWordAsNameIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status")) {
            try condition("status = :v", values: [":v": "SHIPPED"])
        }
    }

    @Test func reservedWordInNestedPathIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name")) {
            try condition("seller.name = :v", values: [":v": "x"])
        }
    }

    @Test func undefinedValueIsReported() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :x")) {
            try condition("a = :x", values: [":y": 1])
        }
    }

    @Test func undefinedNameIsReported() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #s")) {
            try condition("#s = :v", values: [":v": 1])
        }
    }

    @Test func emptyExpressionIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: The expression can not be empty;")) {
            try condition("   ")
        }
    }

    @Test func unknownFunctionIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Invalid function name; function: starts_with")) {
            try condition("starts_with(a, :v)", values: [":v": "x"])
        }
    }

    @Test func wrongArgumentCountIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2")) {
            try condition("attribute_exists(a, b)")
        }
    }

    @Test func attributeExistsNeedsAPath() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists")) {
            try condition("attribute_exists(:v)", values: [":v": 1])
        }
    }

    @Test func orderingABooleanLiteralIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: <, operand type: BOOL")) {
            try condition("a < :v", values: [":v": true])
        }
    }

    @Test func beginsWithANumberLiteralIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N")) {
            try condition("begins_with(a, :v)", values: [":v": 1])
        }
    }

    @Test func betweenWithReversedBoundsIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower operand: AttributeValue: {N:5}, upper operand: AttributeValue: {N:1}")) {
            try condition("a BETWEEN :lo AND :hi", values: [":lo": 5, ":hi": 1])
        }
    }

    @Test func comparingAPathWithItselfIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]")) {
            try condition("a = a")
        }
    }

    @Test func inAcceptsAHundredOperandsButNotMore() throws {
        var values: DynamoDBItem = [:]
        for index in 0..<101 { values[":v\(index)"] = .number(String(index)) }
        let hundred = (0..<100).map { ":v\($0)" }.joined(separator: ", ")
        _ = try condition("quantity IN (\(hundred))", values: values)
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101")) {
            try condition("quantity IN (\(hundred), :v100)", values: values)
        }
    }

    @Test func invalidAttributeTypeNameIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: {S, N, B, SS, NS, BS, M, L, NULL, BOOL}")) {
            try condition("attribute_type(a, :t)", values: [":t": "STRING"])
        }
    }

    @Test func sizeIsAnOperandNotACondition() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \")\"")) {
            try condition("size(a)")
        }
    }

    @Test func conditionFunctionCannotBeCompared() {
        #expect(throws: DynamoDBError.validation("Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: contains")) {
            try condition(":v = contains(a, :v)", values: [":v": "x"])
        }
    }

    @Test func reservedListHasEveryPublishedWord() {
        #expect(ReservedWords.all.count == 573)
        #expect(ReservedWords.contains("Timestamp"))
        #expect(!ReservedWords.contains("customerId"))
    }
}
