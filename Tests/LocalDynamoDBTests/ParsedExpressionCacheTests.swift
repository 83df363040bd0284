import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// A kept parse must be exactly the parse the request would get: same text, same context and the
/// same alias resolutions, to the byte; anything else is parsed afresh, and errors are never kept.
@Suite struct ParsedExpressionCacheTests {
    private func update(_ text: String, names: [String: String]? = nil, values: DynamoDBItem? = nil) throws -> UpdateExpression {
        try UpdateExpression.parsed(text, attributes: attributes(names: names, values: values))
    }

    @Test func aKeptParseIsTheFreshParse() throws {
        for _ in 0..<3 {
            let kept = try update("SET #n = #n + :one", names: ["#n": "count"], values: [":one": 1])
            let fresh = try UpdateExpression("SET #n = #n + :one", attributes: attributes(names: ["#n": "count"], values: [":one": 1]))
            #expect(kept == fresh)
        }
    }

    @Test func otherAliasResolutionsAreParsedAfresh() throws {
        let one = try update("SET a = :v", values: [":v": 1])
        let two = try update("SET a = :v", values: [":v": 2])
        #expect(one.assignments[0].value != two.assignments[0].value)
        let first = try update("SET #n = :v", names: ["#n": "first"], values: [":v": 1])
        let second = try update("SET #n = :v", names: ["#n": "second"], values: [":v": 1])
        #expect(first.targetAttributeNames == ["first"])
        #expect(second.targetAttributeNames == ["second"])
    }

    /// `==` on strings is canonical equivalence; a kept parse must not carry one request's
    /// spelling into another's item.
    @Test func canonicallyEqualSpellingsAreNotConflated() throws {
        let composed = try update("SET #n = :v", names: ["#n": "caf\u{E9}"], values: [":v": "\u{E9}"])
        let decomposed = try update("SET #n = :v", names: ["#n": "cafe\u{301}"], values: [":v": "e\u{301}"])
        #expect(Array(decomposed.targetAttributeNames.first!.utf8) == Array("cafe\u{301}".utf8))
        guard case .value(let value) = decomposed.assignments[0].value else {
            Issue.record("expected a value")
            return
        }
        #expect(value.isIdentical(to: .string("e\u{301}")))
        #expect(!value.isIdentical(to: .string("\u{E9}")))
        #expect(composed.targetAttributeNames.first.map { Array($0.utf8) } == Array("caf\u{E9}".utf8))
    }

    @Test func unusedAliasesDoNotMatterButMissingOnesFail() throws {
        _ = try update("SET a = :v", values: [":v": 1])
        let withExtra = try UpdateExpression.parsed("SET a = :v", attributes: attributes(values: [":v": 1, ":w": 2]))
        #expect(withExtra.usage.values == [":v"])
        #expect(throws: DynamoDBError.self) { try UpdateExpression.parsed("SET a = :v", attributes: attributes(values: [":w": 2])) }
    }

    @Test func keyConditionsAreKeptPerKeySchema() throws {
        let values: DynamoDBItem = [":p": "a"]
        let first = try KeyConditionExpression.parsed("pk = :p", schema: KeySchema(partitionKey: "pk"), attributes: attributes(values: values))
        #expect(first.partitionKey == "pk")
        #expect(throws: DynamoDBError.self) {
            try KeyConditionExpression.parsed("pk = :p", schema: KeySchema(partitionKey: "id"), attributes: attributes(values: values))
        }
    }

    @Test func theCacheStaysWithinItsCapacity() throws {
        let cache = ParsedExpressionCache<ExpressionKind, ProjectionExpression>(capacity: 4)
        for index in 0..<20 {
            _ = try cache.parsed("a\(index)", kind: .projection, context: .projection, attributes: attributes(), usage: \.usage) { () throws(DynamoDBError) in
                try ProjectionExpression("a\(index)", attributes: attributes())
            }
        }
        #expect(cache.count == 4)
    }
}
