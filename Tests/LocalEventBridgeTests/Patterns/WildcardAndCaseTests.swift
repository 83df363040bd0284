import Testing

@Suite("wildcard and equals-ignore-case")
struct WildcardAndCaseTests {
    @Test func equalsIgnoreCase() throws {
        let pattern = #"{"detail":{"name":[{"equals-ignore-case":"alice"}]}}"#
        #expect(try matches(pattern, #"{"detail":{"name":"Alice"}}"#))
        #expect(try matches(pattern, #"{"detail":{"name":"ALICE"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"name":"Alicia"}}"#))
    }

    @Test func wildcardInTheMiddle() throws {
        let pattern = #"{"detail":{"eventSourceArn":[{"wildcard":"arn:aws:s3:::amzn-s3-demo-bucket/*.png"}]}}"#
        #expect(try matches(pattern, #"{"detail":{"eventSourceArn":"arn:aws:s3:::amzn-s3-demo-bucket/a/b.png"}}"#))
        #expect(try matches(pattern, #"{"detail":{"eventSourceArn":"arn:aws:s3:::amzn-s3-demo-bucket/.png"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"eventSourceArn":"arn:aws:s3:::amzn-s3-demo-bucket/b.jpg"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"eventSourceArn":"arn:aws:s3:::other/b.png"}}"#))
    }

    @Test func severalWildcards() throws {
        let pattern = #"{"path":[{"wildcard":"*/lib/*.so"}]}"#
        #expect(try matches(pattern, #"{"path":"/usr/lib/libcurl.so"}"#))
        #expect(try matches(pattern, #"{"path":"/lib/x/lib/a.so"}"#))
        #expect(try !matches(pattern, #"{"path":"/usr/lib/libcurl.a"}"#))
        #expect(try !matches(pattern, #"{"path":"/usr/bin/a.so"}"#))
    }

    @Test func wildcardWithoutAsteriskIsExact() throws {
        #expect(try matches(#"{"s":[{"wildcard":"abc"}]}"#, #"{"s":"abc"}"#))
        #expect(try !matches(#"{"s":[{"wildcard":"abc"}]}"#, #"{"s":"abcd"}"#))
    }

    @Test func escapedAsteriskIsLiteral() throws {
        let pattern = #"{"s":[{"wildcard":"a\\*b"}]}"#
        #expect(try matches(pattern, #"{"s":"a*b"}"#))
        #expect(try !matches(pattern, #"{"s":"axb"}"#))
    }

    @Test func wildcardIsCaseSensitiveAndStringOnly() throws {
        #expect(try !matches(#"{"s":[{"wildcard":"A*"}]}"#, #"{"s":"abc"}"#))
        #expect(try !matches(#"{"s":[{"wildcard":"1*"}]}"#, #"{"s":12}"#))
    }
}
