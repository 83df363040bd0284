import Testing

@Suite("prefix and suffix")
struct PrefixSuffixTests {
    @Test func prefixMatchesTheStartOfAString() throws {
        let pattern = #"{"time":[{"prefix":"2017-10-02"}]}"#
        #expect(try matches(pattern, #"{"time":"2017-10-02T18:43:48Z"}"#))
        #expect(try !matches(pattern, #"{"time":"2017-10-03T18:43:48Z"}"#))
        #expect(try !matches(pattern, #"{"time":"2017-10-0"}"#))
    }

    @Test func prefixIsCaseSensitive() throws {
        #expect(try !matches(#"{"region":[{"prefix":"us-"}]}"#, #"{"region":"US-east-1"}"#))
    }

    @Test func prefixIgnoringCase() throws {
        let pattern = #"{"detail":{"service":[{"prefix":{"equals-ignore-case":"EventB"}}]}}"#
        #expect(try matches(pattern, #"{"detail":{"service":"eventbridge"}}"#))
        #expect(try matches(pattern, #"{"detail":{"service":"EVENTBRIDGE"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"service":"lambda"}}"#))
    }

    @Test func suffixMatchesTheEndOfAString() throws {
        let pattern = #"{"FileName":[{"suffix":".png"}]}"#
        #expect(try matches(pattern, #"{"FileName":"image.png"}"#))
        #expect(try !matches(pattern, #"{"FileName":"image.PNG"}"#))
        #expect(try !matches(pattern, #"{"FileName":"image.png.zip"}"#))
    }

    @Test func suffixIgnoringCase() throws {
        let pattern = #"{"detail":{"FileName":[{"suffix":{"equals-ignore-case":".png"}}]}}"#
        #expect(try matches(pattern, #"{"detail":{"FileName":"photo.PNG"}}"#))
        #expect(try matches(pattern, #"{"detail":{"FileName":"photo.pNg"}}"#))
        #expect(try !matches(pattern, #"{"detail":{"FileName":"photo.jpg"}}"#))
    }

    @Test func prefixAndSuffixIgnoreNumbers() throws {
        #expect(try !matches(#"{"n":[{"prefix":"1"}]}"#, #"{"n":12}"#))
        #expect(try !matches(#"{"n":[{"suffix":"2"}]}"#, #"{"n":12}"#))
    }

    @Test func prefixOnAnArrayMatchesAnyElement() throws {
        let pattern = #"{"resources":[{"prefix":"arn:aws:s3"}]}"#
        #expect(try matches(pattern, #"{"resources":["arn:aws:ec2:x","arn:aws:s3:::bucket"]}"#))
        #expect(try !matches(pattern, #"{"resources":["arn:aws:ec2:x"]}"#))
    }
}
