import Testing

@Suite("Combinations")
struct CombinationTests {
    @Test func fieldsAreJoinedByAnd() throws {
        let pattern = #"{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["terminated"]}}"#
        let event = #"{"source":"aws.ec2","detail-type":"EC2 Instance State-change Notification","detail":{"state":"terminated"}}"#
        #expect(try matches(pattern, event))
        #expect(try !matches(pattern, event.replacingOccurrences(of: "terminated", with: "running")))
        #expect(try !matches(pattern, event.replacingOccurrences(of: "aws.ec2", with: "aws.s3")))
    }

    @Test func listedFiltersAreJoinedByOr() throws {
        let pattern = #"{"n":[{"numeric":["<",0]},{"numeric":[">",100]},"special"]}"#
        #expect(try matches(pattern, #"{"n":-1}"#))
        #expect(try matches(pattern, #"{"n":101}"#))
        #expect(try matches(pattern, #"{"n":"special"}"#))
        #expect(try !matches(pattern, #"{"n":50}"#))
    }

    @Test func orOfFields() throws {
        let pattern = #"{"detail":{"$or":[{"c-count":[{"numeric":[">",0,"<=",5]}]},{"d-count":[{"numeric":["<",10]}]},{"x-limit":[{"numeric":["=",301.8]}]}]}}"#
        #expect(try matches(pattern, #"{"detail":{"c-count":3}}"#))
        #expect(try matches(pattern, #"{"detail":{"d-count":1}}"#))
        #expect(try matches(pattern, #"{"detail":{"x-limit":301.8}}"#))
        #expect(try !matches(pattern, #"{"detail":{"c-count":9,"d-count":20,"x-limit":1}}"#))
    }

    @Test func orAtTheTopLevelWithOtherFields() throws {
        let pattern = #"{"source":["aws.ec2"],"$or":[{"detail-type":["A"]},{"detail":{"state":["x"]}}]}"#
        #expect(try matches(pattern, #"{"source":"aws.ec2","detail-type":"A","detail":{}}"#))
        #expect(try matches(pattern, #"{"source":"aws.ec2","detail-type":"B","detail":{"state":"x"}}"#))
        #expect(try !matches(pattern, #"{"source":"aws.s3","detail-type":"A"}"#))
        #expect(try !matches(pattern, #"{"source":"aws.ec2","detail-type":"B","detail":{"state":"y"}}"#))
    }

    @Test func nestedOr() throws {
        let pattern = #"{"$or":[{"a":["1"]},{"$or":[{"b":["2"]},{"c":["3"]}]}]}"#
        #expect(try matches(pattern, #"{"c":"3"}"#))
        #expect(try !matches(pattern, #"{"c":"4"}"#))
    }

    @Test func fieldsOfAnArrayOfObjectsMustMatchTheSameElement() throws {
        let pattern = #"{"detail":{"items":{"sku":["A"],"size":["L"]}}}"#
        #expect(try matches(pattern, #"{"detail":{"items":[{"sku":"B","size":"S"},{"sku":"A","size":"L"}]}}"#))
        #expect(try !matches(pattern, #"{"detail":{"items":[{"sku":"A","size":"S"},{"sku":"B","size":"L"}]}}"#))
    }

    @Test func documentedComplexExample() throws {
        let pattern = """
            {"time":[{"prefix":"2017-10-02"}],
             "detail":{"state":[{"anything-but":"initializing"}],"c-count":[{"numeric":[">",0,"<=",5]}],
                       "d-count":[{"numeric":["<",10]}],"x-limit":[{"anything-but":[100,200,300]}]}}
            """
        let event = #"{"time":"2017-10-02T18:43:48Z","detail":{"state":"running","c-count":2,"d-count":3,"x-limit":150}}"#
        #expect(try matches(pattern, event))
        #expect(try !matches(pattern, event.replacingOccurrences(of: "150", with: "200")))
    }
}
