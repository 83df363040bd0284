import Testing
import LocalEventBridge

@Suite("Exact values")
struct ExactMatchTests {
    let ec2Event = """
        {"version":"0","id":"1","detail-type":"EC2 Instance State-change Notification","source":"aws.ec2",
         "account":"111122223333","time":"2017-12-22T18:43:48Z","region":"us-west-1",
         "resources":["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
         "detail":{"instance-id":"i-1234567890abcdef0","state":"terminated","count":5,"ok":true,"note":null,"empty":""}}
        """

    @Test func stringMatchesWhenListed() throws {
        #expect(try matches(#"{"source":["aws.ec2"]}"#, ec2Event))
        #expect(try matches(#"{"source":["aws.fargate","aws.ec2"]}"#, ec2Event))
    }

    @Test func stringDoesNotMatchWhenNotListed() throws {
        #expect(try !matches(#"{"source":["aws.s3"]}"#, ec2Event))
    }

    @Test func stringsAreCaseSensitive() throws {
        #expect(try !matches(#"{"source":["AWS.EC2"]}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"state":["Terminated"]}}"#, ec2Event))
    }

    @Test func nestedFieldsFollowTheEventsNesting() throws {
        #expect(try matches(#"{"detail":{"state":["terminated"]}}"#, ec2Event))
        #expect(try !matches(#"{"state":["terminated"]}"#, ec2Event))
    }

    @Test func numbersCompareByValue() throws {
        #expect(try matches(#"{"detail":{"count":[5]}}"#, ec2Event))
        #expect(try matches(#"{"detail":{"count":[5.0]}}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"count":[6]}}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"count":["5"]}}"#, ec2Event))
    }

    @Test func largeNumbersMatchExactly() throws {
        #expect(try matches(#"{"n":[123456789012]}"#, #"{"n":123456789012}"#))
        #expect(try !matches(#"{"n":[123456789012]}"#, #"{"n":123456789013}"#))
    }

    @Test func booleansAndNull() throws {
        #expect(try matches(#"{"detail":{"ok":[true]}}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"ok":[false]}}"#, ec2Event))
        #expect(try matches(#"{"detail":{"note":[null]}}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"ok":[null]}}"#, ec2Event))
    }

    @Test func nullDoesNotMatchAMissingField() throws {
        #expect(try !matches(#"{"detail":{"missing":[null]}}"#, ec2Event))
    }

    @Test func emptyStringMatchesOnlyEmptyString() throws {
        #expect(try matches(#"{"detail":{"empty":[""]}}"#, ec2Event))
        #expect(try !matches(#"{"detail":{"state":[""]}}"#, ec2Event))
    }

    @Test func arrayFieldMatchesWhenAnyElementMatches() throws {
        #expect(try matches(
            #"{"resources":["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"]}"#, ec2Event
        ))
        let event = #"{"detail":{"tags":["red","green"]}}"#
        #expect(try matches(#"{"detail":{"tags":["green"]}}"#, event))
        #expect(try !matches(#"{"detail":{"tags":["blue"]}}"#, event))
    }

    @Test func missingFieldNeverMatchesAValue() throws {
        #expect(try !matches(#"{"detail":{"other":["x"]}}"#, ec2Event))
    }

    @Test func matchesAJSONValueTree() throws {
        let pattern = try EventPattern(json: #"{"source":["orders"],"detail":{"total":[10]}}"#)
        #expect(pattern.matches(event: ["source": "orders", "detail": ["total": 10.0]]))
        #expect(!pattern.matches(event: ["source": "orders", "detail": ["total": 11]]))
    }
}
