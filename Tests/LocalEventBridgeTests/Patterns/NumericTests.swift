import Testing

@Suite("numeric")
struct NumericTests {
    let documented = """
        {"detail":{"c-count":[{"numeric":[">",0,"<=",5]}],"d-count":[{"numeric":["<",10]}],
                   "x-limit":[{"numeric":["=",3.018e2]}]}}
        """

    @Test func documentedExampleMatchesWhenEveryFieldHolds() throws {
        #expect(try matches(documented, #"{"detail":{"c-count":5,"d-count":9.99,"x-limit":301.8}}"#))
    }

    @Test func documentedExampleFailsWhenOneFieldDoesNot() throws {
        #expect(try !matches(documented, #"{"detail":{"c-count":0,"d-count":9,"x-limit":301.8}}"#))
        #expect(try !matches(documented, #"{"detail":{"c-count":5.5,"d-count":9,"x-limit":301.8}}"#))
        #expect(try !matches(documented, #"{"detail":{"c-count":1,"d-count":10,"x-limit":301.8}}"#))
        #expect(try !matches(documented, #"{"detail":{"c-count":1,"d-count":9,"x-limit":301.9}}"#))
    }

    @Test(arguments: [
        ("<", 9.0, true), ("<", 10.0, false),
        ("<=", 10.0, true), ("<=", 10.5, false),
        ("=", 10.0, true), ("=", 10.000001, false),
        (">=", 10.0, true), (">=", 9.9, false),
        (">", 10.5, true), (">", 10.0, false),
    ])
    func eachOperator(symbol: String, value: Double, expected: Bool) throws {
        let pattern = #"{"n":[{"numeric":["\#(symbol)",10]}]}"#
        #expect(try matches(pattern, #"{"n":\#(value)}"#) == expected)
    }

    @Test func closedAndOpenRanges() throws {
        let closed = #"{"n":[{"numeric":[">=",1,"<=",3]}]}"#
        #expect(try matches(closed, #"{"n":1}"#))
        #expect(try matches(closed, #"{"n":3}"#))
        #expect(try !matches(closed, #"{"n":3.000001}"#))
        let open = #"{"n":[{"numeric":[">",1,"<",3]}]}"#
        #expect(try !matches(open, #"{"n":1}"#))
        #expect(try matches(open, #"{"n":2}"#))
    }

    @Test func negativeNumbers() throws {
        #expect(try matches(#"{"n":[{"numeric":["<",0]}]}"#, #"{"n":-0.5}"#))
        #expect(try !matches(#"{"n":[{"numeric":["<",-1]}]}"#, #"{"n":-0.5}"#))
    }

    @Test func onlyJSONNumbersMatch() throws {
        #expect(try !matches(#"{"n":[{"numeric":[">",0]}]}"#, #"{"n":"5"}"#))
        #expect(try !matches(#"{"n":[{"numeric":[">",0]}]}"#, #"{"n":true}"#))
    }

    @Test func arrayFieldMatchesWhenAnyElementIsInRange() throws {
        #expect(try matches(#"{"n":[{"numeric":[">",10]}]}"#, #"{"n":[1,20]}"#))
        #expect(try !matches(#"{"n":[{"numeric":[">",10]}]}"#, #"{"n":[1,2]}"#))
    }
}
