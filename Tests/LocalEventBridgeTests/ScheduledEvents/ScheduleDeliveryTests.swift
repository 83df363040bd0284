import Foundation
import LambdaEvents
import Testing
import LocalEventBridge

@Suite("The event a schedule delivers")
struct ScheduleDeliveryTests {
    let time = utc("2026-11-21T10:00:00Z")

    private func decoded(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    @Test func ruleSendsAScheduledEvent() throws {
        let delivery = ScheduleDelivery(schedule: .rule(name: "nightly"), account: "123456789012", region: "us-east-1")
        #expect(delivery.arn == "arn:aws:events:us-east-1:123456789012:rule/nightly")
        let expected: JSONValue = [
            "version": "0", "id": "abc", "detail-type": "Scheduled Event", "source": "aws.events",
            "account": "123456789012", "time": "2026-11-21T10:00:00Z", "region": "us-east-1",
            "resources": ["arn:aws:events:us-east-1:123456789012:rule/nightly"], "detail": [:],
        ]
        #expect(delivery.event(firedAt: time, id: "abc") == expected)
        #expect(try decoded(delivery.payload(firedAt: time, id: "abc")) == expected)
    }

    @Test func ruleEventDecodesAsTheSharedModel() throws {
        let delivery = ScheduleDelivery(schedule: .rule(name: "nightly"), account: "1", region: "eu-west-1")
        let event = try JSONDecoder().decode(ScheduledEvent.self, from: delivery.payload(firedAt: time, id: "x"))
        #expect(event.source == "aws.events")
        #expect(event.time == time)
        #expect(event.resources == ["arn:aws:events:eu-west-1:1:rule/nightly"])
    }

    @Test func schedulerSendsItsOwnEnvelope() throws {
        let delivery = ScheduleDelivery(
            schedule: .scheduler(name: "reminder", group: "ops"), account: "123456789012", region: "us-east-2"
        )
        #expect(delivery.arn == "arn:aws:scheduler:us-east-2:123456789012:schedule/ops/reminder")
        let event = try decoded(delivery.payload(firedAt: time.addingTimeInterval(0.4), id: "e1"))
        #expect(event == [
            "version": "0", "id": "e1", "detail-type": "Scheduled Event", "source": "aws.scheduler",
            "account": "123456789012", "time": "2026-11-21T10:00:00Z", "region": "us-east-2",
            "resources": ["arn:aws:scheduler:us-east-2:123456789012:schedule/ops/reminder"], "detail": "{}",
        ])
    }

    @Test func schedulerGroupDefaultsToDefault() {
        let delivery = ScheduleDelivery(schedule: .scheduler(name: "s"), account: "1", region: "r")
        #expect(delivery.arn == "arn:aws:scheduler:r:1:schedule/default/s")
    }

    @Test func inputReplacesTheEvent() throws {
        let rule = ScheduleDelivery(schedule: .rule(name: "n"), account: "1", region: "r", input: #"{"job":"report"}"#)
        #expect(try decoded(rule.payload(firedAt: time, id: "x")) == ["job": "report"])
        let scheduler = ScheduleDelivery(schedule: .scheduler(name: "s"), account: "1", region: "r", input: #"{"n":1}"#)
        #expect(try decoded(scheduler.payload(firedAt: time, id: "x")) == ["n": 1])
    }

    @Test func schedulerFillsInContextAttributes() throws {
        let input = #"{"arn":"<aws.scheduler.schedule-arn>","at":"<aws.scheduler.scheduled-time>","run":"<aws.scheduler.execution-id>","try":"<aws.scheduler.attempt-number>"}"#
        let delivery = ScheduleDelivery(schedule: .scheduler(name: "s"), account: "1", region: "r", input: input)
        #expect(try decoded(delivery.payload(firedAt: time, id: "run-1")) == [
            "arn": "arn:aws:scheduler:r:1:schedule/default/s", "at": "2026-11-21T10:00:00Z", "run": "run-1", "try": "1",
        ])
    }

    @Test func rulesLeaveInputUntouched() {
        let input = #"{"arn":"<aws.scheduler.schedule-arn>"}"#
        let delivery = ScheduleDelivery(schedule: .rule(name: "n"), account: "1", region: "r", input: input)
        #expect(delivery.payload(firedAt: time, id: "x") == Data(input.utf8))
    }

    @Test func eventIdsAreUniqueByDefault() {
        let delivery = ScheduleDelivery(schedule: .rule(name: "n"), account: "1", region: "r")
        #expect(delivery.payload(firedAt: time) != delivery.payload(firedAt: time))
    }
}
