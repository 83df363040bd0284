import LambdaEvents
import Testing
@testable import LocalDynamoDB

func update(_ text: String, names: [String: String]? = nil, values: DynamoDBItem? = nil) throws -> UpdateExpression {
    try UpdateExpression(text, attributes: attributes(names: names, values: values))
}

@Suite struct UpdateParsingTests {
    @Test func parsesAllFourClauses() throws {
        let parsed = try update(
            "SET quantity = quantity + :one, #s = :s REMOVE note ADD scores :n DELETE tags :t",
            names: ["#s": "status"],
            values: [":one": 1, ":s": "DELIVERED", ":n": .numberSet(["7"]), ":t": .stringSet(["gift"])])
        #expect(parsed.assignments.count == 2)
        #expect(parsed.assignments[0].value == .plus(.path(DocumentPath(attribute: "quantity")), .value(1)))
        #expect(parsed.removals == [DocumentPath(attribute: "note")])
        #expect(parsed.additions.first?.value == .numberSet(["7"]))
        #expect(parsed.deletions.first?.path == DocumentPath(attribute: "tags"))
        #expect(parsed.targetAttributeNames == ["quantity", "status", "note", "scores", "tags"])
    }

    @Test func clausesInAnyOrderAndCase() throws {
        let parsed = try update("remove note set a = :v", values: [":v": 1])
        #expect(parsed.removals.count == 1 && parsed.assignments.count == 1)
    }

    @Test func parsesFunctions() throws {
        let parsed = try update(
            "SET visits = if_not_exists(visits, :zero) + :one, history = list_append(history, :new)",
            values: [":zero": 0, ":one": 1, ":new": ["login"]])
        #expect(parsed.assignments[0].value == .plus(.ifNotExists(DocumentPath(attribute: "visits"), .value(0)), .value(1)))
        #expect(parsed.assignments[1].value == .listAppend(.path(DocumentPath(attribute: "history")), .value(["login"])))
    }

    @Test func clauseUsedTwiceIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;")) {
            try update("SET a = :v SET b = :v", values: [":v": 1])
        }
    }

    @Test func overlappingPathsAreRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [address], path two: [address, city]")) {
            try update("SET address = :v REMOVE address.city", values: [":v": 1])
        }
    }

    @Test func samePathTwiceOverlaps() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]")) {
            try update("SET a = :v, a = :w", values: [":v": 1, ":w": 2])
        }
    }

    @Test func conflictingPathsAreRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]")) {
            try update("SET a.b = :v REMOVE a[1]", values: [":v": 1])
        }
    }

    @Test func addWithAStringIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND")) {
            try update("ADD a :v", values: [":v": "x"])
        }
    }

    @Test func deleteWithANumberIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND")) {
            try update("DELETE a :v", values: [":v": 1])
        }
    }

    @Test func arithmeticOnAStringLiteralIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S")) {
            try update("SET a = a + :v", values: [":v": "1"])
        }
    }

    @Test func listAppendOfANonListLiteralIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: N")) {
            try update("SET a = list_append(a, :v)", values: [":v": 1])
        }
    }

    @Test func ifNotExistsNeedsAPathFirst() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists")) {
            try update("SET a = if_not_exists(:v, a)", values: [":v": 1])
        }
    }

    @Test func unknownFunctionIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Invalid function name; function: now")) {
            try update("SET a = now(b, c)")
        }
    }

    @Test func twoArithmeticOperatorsAreASyntaxError() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Syntax error; token: \"+\", near: \":v + :v\"")) {
            try update("SET a = a + :v + :v", values: [":v": 1])
        }
    }

    @Test func missingEqualsIsASyntaxError() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Syntax error; token: \":v\", near: \"a :v\"")) {
            try update("SET a :v", values: [":v": 1])
        }
    }

    @Test func unknownClauseIsASyntaxError() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Syntax error; token: \"PUT\", near: \"PUT a\"")) {
            try update("PUT a = :v", values: [":v": 1])
        }
    }

    @Test func reservedWordTargetIsRejected() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: count")) {
            try update("SET count = :v", values: [":v": 1])
        }
    }

    @Test func undefinedValueIsReported() {
        #expect(throws: DynamoDBError.validation("Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :x")) {
            try update("SET a = :x")
        }
    }
}
