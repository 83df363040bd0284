import Testing

@Suite("exists")
struct ExistsTests {
    @Test func existsFalseMatchesAMissingField() throws {
        let pattern = #"{"detail":{"c-count":[{"exists":false}]}}"#
        #expect(try matches(pattern, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"c-count":3}}"#))
    }

    @Test func existsFalseMatchesAFieldHoldingAnObject() throws {
        // Exists matching looks at leaf values only; an object is not one.
        let pattern = #"{"detail":{"c-count":[{"exists":false}]}}"#
        #expect(try matches(pattern, #"{"detail":{"c-count":{"c1":100}}}"#))
    }

    @Test func existsFalseMatchesWhenTheParentIsMissing() throws {
        #expect(try matches(#"{"detail":{"c-count":[{"exists":false}]}}"#, #"{"source":"x"}"#))
    }

    @Test func existsTrueMatchesAnyLeafValue() throws {
        let pattern = #"{"detail":{"c-count":[{"exists":true}]}}"#
        #expect(try matches(pattern, #"{"detail":{"c-count":0}}"#))
        #expect(try matches(pattern, #"{"detail":{"c-count":""}}"#))
        #expect(try matches(pattern, #"{"detail":{"c-count":null}}"#))
        #expect(try !matches(pattern, #"{"detail":{"other":1}}"#))
        #expect(try !matches(pattern, #"{"detail":{"c-count":{"c1":100}}}"#))
    }

    @Test func anEmptyArrayHoldsNoValue() throws {
        #expect(try matches(#"{"tags":[{"exists":false}]}"#, #"{"tags":[]}"#))
        #expect(try !matches(#"{"tags":[{"exists":true}]}"#, #"{"tags":[]}"#))
        #expect(try matches(#"{"tags":[{"exists":true}]}"#, #"{"tags":["a"]}"#))
    }
}
