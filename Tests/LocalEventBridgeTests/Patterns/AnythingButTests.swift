import Testing

@Suite("anything-but")
struct AnythingButTests {
    @Test func singleString() throws {
        let pattern = #"{"detail":{"state":[{"anything-but":"initializing"}]}}"#
        #expect(try matches(pattern, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"state":"initializing"}}"#))
    }

    @Test func singleNumberComparesByValue() throws {
        let pattern = #"{"detail":{"x-limit":[{"anything-but":123}]}}"#
        #expect(try matches(pattern, #"{"detail":{"x-limit":124}}"#))
        #expect(try !matches(pattern, #"{"detail":{"x-limit":123.0}}"#))
    }

    @Test func listOfStrings() throws {
        let pattern = #"{"detail":{"state":[{"anything-but":["stopped","overloaded"]}]}}"#
        #expect(try matches(pattern, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"state":"stopped"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"state":"overloaded"}}"#))
    }

    @Test func listOfNumbers() throws {
        let pattern = #"{"detail":{"x-limit":[{"anything-but":[100,200,300]}]}}"#
        #expect(try matches(pattern, #"{"detail":{"x-limit":150}}"#))
        #expect(try !matches(pattern, #"{"detail":{"x-limit":200}}"#))
    }

    @Test func isCaseSensitive() throws {
        #expect(try matches(#"{"state":[{"anything-but":"initializing"}]}"#, #"{"state":"INITIALIZING"}"#))
    }

    @Test func prefix() throws {
        let pattern = #"{"detail":{"state":[{"anything-but":{"prefix":"init"}}]}}"#
        #expect(try matches(pattern, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"state":"initializing"}}"#))
    }

    @Test func suffix() throws {
        let pattern = #"{"detail":{"FileName":[{"anything-but":{"suffix":".png"}}]}}"#
        #expect(try matches(pattern, #"{"detail":{"FileName":"notes.txt"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"FileName":"image.png"}}"#))
    }

    @Test func equalsIgnoreCase() throws {
        let single = #"{"detail":{"state":[{"anything-but":{"equals-ignore-case":"initializing"}}]}}"#
        #expect(try matches(single, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(single, #"{"detail":{"state":"INITIALIZING"}}"#))
        let list = #"{"detail":{"state":[{"anything-but":{"equals-ignore-case":["Stopped","Overloaded"]}}]}}"#
        #expect(try matches(list, #"{"detail":{"state":"running"}}"#))
        #expect(try !matches(list, #"{"detail":{"state":"overloaded"}}"#))
    }

    @Test func wildcard() throws {
        let pattern = #"{"detail":{"FilePath":[{"anything-but":{"wildcard":"*/lib/*"}}]}}"#
        #expect(try matches(pattern, #"{"detail":{"FilePath":"/usr/bin/swift"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"FilePath":"/usr/lib/swift"}}"#))
    }

    @Test func doesNotMatchAMissingField() throws {
        #expect(try !matches(#"{"detail":{"state":[{"anything-but":"initializing"}]}}"#, #"{"detail":{}}"#))
    }

    @Test func arrayFieldMatchesWhenSomeElementIsNotExcluded() throws {
        let pattern = #"{"tags":[{"anything-but":"red"}]}"#
        #expect(try matches(pattern, #"{"tags":["red","blue"]}"#))
        #expect(try !matches(pattern, #"{"tags":["red","red"]}"#))
    }
}
