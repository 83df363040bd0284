import Testing
import LocalEventBridge

@Suite("Invalid patterns")
struct InvalidPatternTests {
    @Test func messageHasEventBridgesWording() {
        #expect(throws: EventPatternError(reason: "\"source\" must be an object or an array")) {
            try EventPattern(json: #"{"source":"aws.ec2"}"#)
        }
        let error = EventPatternError(reason: "Empty objects are not allowed")
        #expect(error.message == "Event pattern is not valid. Reason: Empty objects are not allowed")
    }

    @Test(arguments: [
        (#"not json"#, "The pattern is not well-formed JSON"),
        (#"["source"]"#, "Filter is not an object"),
        (#"{}"#, "Empty objects are not allowed"),
        (#"{"detail":{}}"#, "Empty objects are not allowed"),
        (#"{"source":[]}"#, "Empty arrays are not allowed"),
        (#"{"detail":{"slug":"x"}}"#, "\"slug\" must be an object or an array"),
        (#"{"n":5}"#, "\"n\" must be an object or an array"),
        (#"{"s":[["nested"]]}"#, "Match value must be String, number, true, false, or null"),
        (#"{"s":[{"prefix":"a","suffix":"b"}]}"#, "Only one key allowed in match expression"),
        (#"{"s":[{"contains":"a"}]}"#, "Unrecognized match type contains"),
        (#"{"s":[{"prefix":5}]}"#, "prefix match pattern must be a string or an equals-ignore-case object"),
        (#"{"s":[{"suffix":["a"]}]}"#, "suffix match pattern must be a string or an equals-ignore-case object"),
        (#"{"s":[{"equals-ignore-case":1}]}"#, "equals-ignore-case match pattern must be a string"),
        (#"{"s":[{"exists":"yes"}]}"#, "exists match pattern must be either true or false."),
        (#"{"s":[{"wildcard":"a**b"}]}"#, "Consecutive wildcard characters at pos 1"),
        (#"{"s":[{"wildcard":"a\\b"}]}"#, "Invalid escape character at pos 1"),
        (#"{"s":[{"anything-but":true}]}"#, "Value of anything-but must be an array or single string/number value."),
        (#"{"s":[{"anything-but":[]}]}"#, "Empty arrays are not allowed"),
        (#"{"s":[{"anything-but":["a",null]}]}"#, "Inside anything but list, only strings and numbers are supported."),
        (#"{"s":[{"anything-but":{"numeric":[">",1]}}]}"#, "Unsupported anything-but pattern: numeric"),
        (#"{"s":[{"anything-but":{"prefix":1}}]}"#, "prefix match pattern must be a string"),
        (#"{"$or":[{"a":["1"]}]}"#, "\"$or\" must be an array of at least two objects"),
        (#"{"$or":[{"a":["1"]},"b"]}"#, "\"$or\" must be an array of at least two objects"),
    ])
    func refused(pattern: String, reason: String) {
        #expect(refusal(pattern) == reason)
    }

    @Test(arguments: [
        (#"{"n":[{"numeric":5}]}"#, "Value of numeric must be an array of operators each followed by a number."),
        (#"{"n":[{"numeric":[">"]}]}"#, "Value of numeric must be an array of operators each followed by a number."),
        (#"{"n":[{"numeric":["!=",1]}]}"#, "Unrecognized numeric range operator: !="),
        (#"{"n":[{"numeric":[">","1"]}]}"#, "Value of > must be numeric"),
        (#"{"n":[{"numeric":[">",1,">",2]}]}"#, "Bad numeric range: only one lower bound is allowed"),
        (#"{"n":[{"numeric":["<",1,"<",2]}]}"#, "Bad numeric range: only one upper bound is allowed"),
        (#"{"n":[{"numeric":["=",1,"<",2]}]}"#, "\"=\" cannot be combined with other numeric operators"),
        (#"{"n":[{"numeric":[">",5,"<",1]}]}"#, "Bottom must be less than top"),
        (#"{"n":[{"numeric":[">",5,"<=",5]}]}"#, "Bottom must be less than top"),
        (#"{"n":[{"numeric":[">",6e9]}]}"#, "Value 6000000000.0 is out of range; numbers must be between -5.0E9 and 5.0E9"),
    ])
    func refusedNumeric(pattern: String, reason: String) {
        #expect(refusal(pattern) == reason)
    }

    @Test func validPatternsOfEveryKindParse() {
        let patterns = [
            #"{"a":["x",1,true,null]}"#,
            #"{"a":[{"prefix":{"equals-ignore-case":"x"}},{"suffix":"y"},{"wildcard":"*x\\*"}]}"#,
            #"{"a":[{"anything-but":{"suffix":"y"}},{"anything-but":{"wildcard":["*a","b*"]}}]}"#,
            #"{"a":[{"numeric":["<",10,">=",0]}],"b":[{"exists":true}],"c":[{"cidr":"::1/128"}]}"#,
        ]
        for pattern in patterns {
            #expect(refusal(pattern) == nil, "\(pattern)")
        }
    }
}
