import Foundation
import Testing
import LocalEventBridge

@Suite("rate()")
struct RateScheduleTests {
    let created = utc("2026-11-21T10:02:30Z")

    @Test func countsFromCreation() throws {
        let rate = try ScheduleExpression("rate(5 minutes)", createdAt: created)
        #expect(rate.nextFire(after: created) == utc("2026-11-21T10:07:30Z"))
        #expect(rate.nextFire(after: utc("2026-11-21T10:07:30Z")) == utc("2026-11-21T10:12:30Z"))
        #expect(rate.nextFire(after: utc("2026-11-21T10:10:00Z")) == utc("2026-11-21T10:12:30Z"))
    }

    @Test func neverFiresBeforeOneIntervalHasPassed() throws {
        let rate = try ScheduleExpression("rate(1 minute)", createdAt: created)
        #expect(rate.nextFire(after: utc("2026-11-21T09:00:00Z")) == utc("2026-11-21T10:03:30Z"))
    }

    @Test(arguments: [
        ("rate(1 minute)", 60.0), ("rate(5 minutes)", 300.0), ("rate(1 hour)", 3_600.0),
        ("rate(12 hours)", 43_200.0), ("rate(1 day)", 86_400.0), ("rate(2 days)", 172_800.0),
    ])
    func units(text: String, seconds: TimeInterval) throws {
        let rate = try ScheduleExpression(text, createdAt: created)
        guard case .rate(let parsed) = rate.kind else {
            Issue.record("\(text) did not parse as a rate")
            return
        }
        #expect(parsed.interval == seconds)
        #expect(fires(rate.nextFire, after: created, count: 3) == (1...3).map { created.addingTimeInterval(seconds * Double($0)) })
    }

    @Test func daysAreTwentyFourHoursAcrossDaylightSavingTime() throws {
        let start = utc("2026-03-07T12:00:00Z")
        let rate = try ScheduleExpression(
            "rate(1 day)", source: .scheduler, timeZone: "America/New_York", createdAt: start
        )
        #expect(rate.nextFire(after: start) == utc("2026-03-08T12:00:00Z"))
        #expect(rate.nextFire(after: utc("2026-03-08T12:00:00Z")) == utc("2026-03-09T12:00:00Z"))
    }

    @Test(arguments: [
        ("rate(1 minutes)", "a value of 1 takes the singular unit \"minute\""),
        ("rate(1 hours)", "a value of 1 takes the singular unit \"hour\""),
        ("rate(5 minute)", "a value other than 1 takes the plural unit \"minutes\""),
        ("rate(2 day)", "a value other than 1 takes the plural unit \"days\""),
        ("rate(0 minutes)", "the value must be a whole number greater than 0, not \"0\""),
        ("rate(-5 minutes)", "the value must be a whole number greater than 0, not \"-5\""),
        ("rate(1.5 hours)", "the value must be a whole number greater than 0, not \"1.5\""),
        ("rate(2 weeks)", "the unit must be minute(s), hour(s) or day(s), not \"weeks\""),
        ("rate(5)", "a rate needs a value and a unit, as in rate(5 minutes)"),
        ("rate(5 minutes now)", "a rate needs a value and a unit, as in rate(5 minutes)"),
        ("every(5 minutes)", "expected rate(...), cron(...) or at(...)"),
        ("rate 5 minutes", "expected rate(...), cron(...) or at(...)"),
    ])
    func invalid(text: String, reason: String) {
        #expect(throws: ScheduleExpressionError(expression: text, reason: reason)) {
            try ScheduleExpression(text, createdAt: created)
        }
    }

    @Test func messageNamesTheExpression() {
        let error = ScheduleExpressionError(expression: "rate(5 minute)", reason: "why")
        #expect(error.message == "Schedule expression \"rate(5 minute)\" is not valid: why")
    }
}
