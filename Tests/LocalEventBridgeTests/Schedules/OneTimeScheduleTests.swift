import Foundation
import Testing
import LocalEventBridge

@Suite("at()")
struct OneTimeScheduleTests {
    @Test func firesOnceInUTC() throws {
        let once = try ScheduleExpression("at(2026-11-21T10:00:00)", source: .scheduler)
        #expect(once.nextFire(after: utc("2026-11-20T00:00:00Z")) == utc("2026-11-21T10:00:00Z"))
        #expect(once.nextFire(after: utc("2026-11-21T10:00:00Z")) == nil)
    }

    @Test func readsTheTimeInTheZone() throws {
        let paris = try ScheduleExpression("at(2026-11-21T10:00:00)", source: .scheduler, timeZone: "Europe/Paris")
        #expect(paris.nextFire(after: utc("2026-01-01T00:00:00Z")) == utc("2026-11-21T09:00:00Z"))
        let summer = try ScheduleExpression("at(2026-07-01T10:00:30)", source: .scheduler, timeZone: "Europe/Paris")
        #expect(summer.nextFire(after: utc("2026-01-01T00:00:00Z")) == utc("2026-07-01T08:00:30Z"))
    }

    @Test func aSkippedTimeFiresWhenTheClocksJump() throws {
        let once = try ScheduleExpression("at(2026-03-08T02:30:00)", source: .scheduler, timeZone: "America/New_York")
        #expect(once.nextFire(after: utc("2026-01-01T00:00:00Z")) == utc("2026-03-08T07:30:00Z"))
    }

    @Test func leapDay() throws {
        let once = try ScheduleExpression("at(2028-02-29T00:00:00)", source: .scheduler)
        #expect(once.nextFire(after: utc("2026-01-01T00:00:00Z")) == utc("2028-02-29T00:00:00Z"))
    }

    @Test func onlyTheSchedulerAcceptsIt() {
        #expect(throws: ScheduleExpressionError(
            expression: "at(2026-11-21T10:00:00)",
            reason: "at() one-time schedules are only supported by EventBridge Scheduler (ScheduleV2)"
        )) {
            try ScheduleExpression("at(2026-11-21T10:00:00)")
        }
    }

    @Test(arguments: ["at(2026-11-21)", "at(2026-11-21 10:00:00)", "at(2026-11-21T10:00)", "at(2026-11-21T10:00:00Z)", "at(tomorrow)"])
    func malformed(text: String) {
        #expect(throws: ScheduleExpressionError(
            expression: text,
            reason: "a one-time schedule is written at(yyyy-mm-ddThh:mm:ss), as in at(2026-11-21T10:00:00)"
        )) {
            try ScheduleExpression(text, source: .scheduler)
        }
    }

    @Test(arguments: ["2027-02-29T00:00:00", "2026-13-01T00:00:00", "2026-04-31T00:00:00", "2026-01-01T24:00:00", "2026-01-01T10:60:00"])
    func datesThatDoNotExist(body: String) {
        #expect(throws: ScheduleExpressionError(
            expression: "at(\(body))", reason: "\(body) is not a date and time that exists"
        )) {
            try ScheduleExpression("at(\(body))", source: .scheduler)
        }
    }
}
