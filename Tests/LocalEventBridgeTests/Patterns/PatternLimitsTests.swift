import Foundation
import LambdaEvents
@testable import LocalEventBridge
import Testing
import TestSupport

/// Patterns and events are bounded before anything recursive reads them: a pattern's length as
/// `PutRule` bounds it, and the nesting of patterns and details far below what a stack holds. The
/// deep cases run on a thread with a pool thread's small stack, where recursing too deep would
/// crash the process instead of failing the test.
@Suite("Pattern and event limits")
struct PatternLimitsTests {
    static func nested(_ open: String, _ close: String, depth: Int, around core: String) -> String {
        String(repeating: open, count: depth) + core + String(repeating: close, count: depth)
    }

    @Test func aPatternLongerThanPutRuleAcceptsIsRefused() {
        let longest = #"{"source":[""# + String(repeating: "a", count: 4_096 - 15) + #""]}"#
        #expect(longest.count == 4_096)
        #expect(refusal(longest) == nil)
        let tooLong = #"{"source":[""# + String(repeating: "a", count: 4_096 - 14) + #""]}"#
        #expect(refusal(tooLong) == "The pattern is 4097 characters long; an event pattern can be at most 4096")
        #expect(EventPatternError.errorType == "InvalidEventPatternException")
    }

    @Test("patterns nested deeper than the limit are refused", arguments: [
        Self.nested(#"{"a":"#, "}", depth: 600, around: #"["x"]"#),
        Self.nested(#"{"$or":[{"a":["x"]},"#, "]}", depth: 150, around: #"{"b":["y"]}"#),
        #"{"s":"# + Self.nested("[", "]", depth: 2_000, around: #""x""#) + "}",
    ])
    func deepPatterns(pattern: String) {
        let reason = SmallStack.run { refusal(pattern) }
        #expect(reason == "The pattern nests more than 64 levels deep")
    }

    @Test func aPatternBuiltDeeperThanTheLimitIsRefused() {
        let reason: String? = SmallStack.run { () -> String? in
            var value: JSONValue = ["a": ["x"]]
            for _ in 0..<1_000 { value = ["a": value] }
            do throws(EventPatternError) {
                _ = try EventPattern(value)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason == "The pattern nests more than 64 levels deep")
    }

    @Test func aDetailNestedDeeperThanTheLimitIsMalformed() {
        let detail = Self.nested(#"{"a":"#, "}", depth: 300, around: "[1]")
        let rejection: EntryRejection? = SmallStack.run { () -> EntryRejection? in
            do throws(EntryRejection) {
                _ = try BusEvent(entry: PutEventsEntry(source: "s", detailType: "t", detail: detail),
                                 knownBuses: ["default"], account: "123456789012", region: "eu-west-1")
                return nil
            } catch {
                return error
            }
        }
        #expect(rejection?.code == "MalformedDetail")
        #expect(rejection?.message == "Detail is malformed. Reason: it nests arrays and objects more than 64 levels deep.")
    }

    @Test func bracketsInsideStringsDoNotCount() throws {
        let brackets = String(repeating: "[{", count: 500) + #"\"]"#
        #expect(refusal(#"{"s":[""# + brackets + #""]}"#) == nil)
        let event = try BusEvent(entry: PutEventsEntry(source: "s", detailType: "t", detail: #"{"s":""# + brackets + #""}"#),
                                 knownBuses: ["default"], account: "123456789012", region: "eu-west-1")
        #expect(event.detail["s"]?.stringValue == String(repeating: "[{", count: 500) + #""]"#)
    }

    @Test func anEventNestedDeeperThanTheLimitIsNotMatched() throws {
        let pattern = try EventPattern(json: #"{"detail":{"a":["x"]}}"#)
        let event = Data((#"{"detail":{"a":"# + Self.nested("[", "]", depth: 300, around: #""x""#) + "}}").utf8)
        let matched: Bool? = SmallStack.run { try? pattern.matches(event: event) }
        #expect(matched == nil)
    }

    @Test func nestingWithinTheLimitsParsesAndMatchesOnASmallStack() throws {
        let pattern = Self.nested(#"{"a":"#, "}", depth: 60, around: #"["x"]"#)
        let event = Self.nested(#"{"a":"#, "}", depth: 60, around: Self.nested("[", "]", depth: 3, around: #""x""#))
        let matched: Bool? = SmallStack.run { try? matches(pattern, event) }
        #expect(matched == true)
    }
}
