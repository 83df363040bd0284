import Foundation
import LambdaEvents
@testable import LocalEventBridge
import Testing

/// Entries checked as EventBridge checks them, the envelope it adds, and rules on buses.
@Suite struct EventRoutingTests {
    func entry(source: String? = "app.orders", detailType: String? = "Placed", detail: String? = #"{"n":1}"#, bus: String? = nil) -> PutEventsEntry {
        PutEventsEntry(source: source, detailType: detailType, detail: detail, eventBusName: bus)
    }

    func accept(_ entry: PutEventsEntry) throws(EntryRejection) -> BusEvent {
        try BusEvent(entry: entry, knownBuses: ["default", "jobs"], account: "123456789012", region: "eu-west-1",
                     now: Date(timeIntervalSince1970: 1_800_000_000.75), id: "e-1")
    }

    @Test func eachMissingOrBadMemberIsNamed() {
        #expect(throws: EntryRejection.missing("Source")) { try accept(entry(source: nil)) }
        #expect(throws: EntryRejection.missing("DetailType")) { try accept(entry(detailType: "")) }
        #expect(throws: EntryRejection.missing("Detail")) { try accept(entry(detail: nil)) }
        #expect(throws: EntryRejection.malformedDetail) { try accept(entry(detail: "[1]")) }
        #expect(throws: EntryRejection.malformedDetail) { try accept(entry(detail: "{nope")) }
        #expect(throws: EntryRejection.unknownBus("other")) { try accept(entry(bus: "other")) }
    }

    @Test func aBusMayBeNamedByItsARN() throws {
        let event = try accept(entry(bus: "arn:aws:events:eu-west-1:123456789012:event-bus/jobs"))
        #expect(event.busName == "jobs")
        #expect(try accept(entry()).busName == "default")
    }

    @Test func theTargetGetsTheEnvelopeWithTheDetailUnchanged() throws {
        let event = try accept(entry(detail: #"{"big": 123456789012345678901234567890, "s": "a\"b"}"#))
        let text = String(decoding: event.json, as: UTF8.self)
        #expect(text == #"{"version":"0","id":"e-1","detail-type":"Placed","source":"app.orders","account":"123456789012","time":"2027-01-15T08:00:00Z","region":"eu-west-1","resources":[],"detail":{"big": 123456789012345678901234567890, "s": "a\"b"}}"#)
        // And it is JSON.
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: event.json) }
    }

    @Test func rulesMatchOnlyOnTheirBusAndSendTheirInput() throws {
        let routing = EventRouting(busNames: ["jobs"], rules: [
            EventRule(name: "all-orders", busName: nil, pattern: try EventPattern(json: #"{"source":["app.orders"]}"#), targetFunction: "Orders"),
            EventRule(name: "detail-only", busName: "default", pattern: try EventPattern(json: #"{"detail":{"n":[{"numeric":[">",0]}]}}"#),
                      targetFunction: "Detail", input: try RuleInput.path("$.detail")),
            EventRule(name: "constant", busName: "default", pattern: try EventPattern(json: #"{"source":[{"prefix":"app."}]}"#),
                      targetFunction: "Constant", input: .constant(#"{"fixed":true}"#)),
            EventRule(name: "nested", busName: "default", pattern: try EventPattern(json: #"{"source":["app.orders"]}"#),
                      targetFunction: "Nested", input: try RuleInput.path("$.detail.n")),
            EventRule(name: "jobs", busName: "jobs", pattern: try EventPattern(json: #"{"source":["app.orders"]}"#), targetFunction: "Jobs"),
        ])
        #expect(routing.busNames == ["default", "jobs"])
        let deliveries = routing.deliveries(for: try accept(entry()))
        #expect(deliveries.map(\.function) == ["Orders", "Detail", "Constant", "Nested"])
        #expect(String(decoding: deliveries[1].payload, as: UTF8.self) == #"{"n":1}"#)
        #expect(String(decoding: deliveries[2].payload, as: UTF8.self) == #"{"fixed":true}"#)
        #expect(String(decoding: deliveries[3].payload, as: UTF8.self) == "1")
        #expect(routing.deliveries(for: try accept(entry(bus: "jobs"))).map(\.function) == ["Jobs"])
        #expect(routing.deliveries(for: try accept(entry(source: "other", detail: #"{"n":0}"#))).isEmpty)
    }

    @Test func anInputPathMustBeASimplePath() throws {
        #expect(throws: RuleDefinitionError.self) { try RuleInput.path("detail") }
        #expect(throws: RuleDefinitionError.self) { try RuleInput.path("$..x") }
        #expect(try RuleInput.path("$") == .path([]))
    }
}
