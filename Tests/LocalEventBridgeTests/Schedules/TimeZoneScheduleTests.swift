import Foundation
import Testing
import LocalEventBridge

/// A `ScheduleV2` expression read in a time zone.
private func scheduler(_ text: String, _ zone: String) throws -> ScheduleExpression {
    try ScheduleExpression(text, source: .scheduler, timeZone: zone, createdAt: utc("2026-01-01T00:00:00Z"))
}

@Suite("Time zones and daylight saving time")
struct TimeZoneScheduleTests {
    @Test func cronFieldsAreReadInTheZone() throws {
        let cron = try scheduler("cron(0 9 * * ? *)", "America/New_York")
        // 9:00 EST is 14:00 UTC the day before the change, 9:00 EDT is 13:00 UTC from it.
        #expect(fires(cron.nextFire, after: utc("2026-03-07T00:00:00Z"), count: 2)
            == [utc("2026-03-07T14:00:00Z"), utc("2026-03-08T13:00:00Z")])
    }

    @Test func timesSkippedInSpringDoNotFire() throws {
        // On 2026-03-08 New York clocks go from 1:59 EST to 3:00 EDT; 2:30 never happens.
        let cron = try scheduler("cron(30 2 * * ? *)", "America/New_York")
        #expect(cron.nextFire(after: utc("2026-03-07T12:00:00Z")) == utc("2026-03-09T06:30:00Z"))
        let london = try scheduler("cron(30 1 * * ? *)", "Europe/London")
        #expect(london.nextFire(after: utc("2026-03-28T12:00:00Z")) == utc("2026-03-30T00:30:00Z"))
    }

    @Test func timesRepeatedInAutumnFireOnce() throws {
        // On 2026-11-01 New York clocks show 1:00-1:59 twice, first EDT (UTC-4) then EST (UTC-5).
        let cron = try scheduler("cron(30 1 * * ? *)", "America/New_York")
        #expect(fires(cron.nextFire, after: utc("2026-10-31T12:00:00Z"), count: 2)
            == [utc("2026-11-01T05:30:00Z"), utc("2026-11-02T06:30:00Z")])
    }

    @Test func frequentCronSkipsTheRepeatedHour() throws {
        let cron = try scheduler("cron(0/30 * * * ? *)", "America/New_York")
        #expect(fires(cron.nextFire, after: utc("2026-11-01T04:45:00Z"), count: 4) == [
            utc("2026-11-01T05:00:00Z"), utc("2026-11-01T05:30:00Z"),
            utc("2026-11-01T07:00:00Z"), utc("2026-11-01T07:30:00Z"),
        ])
    }

    @Test func startingInsideTheRepeatedHourWaitsForTheNextNewTime() throws {
        let cron = try scheduler("cron(45 * * * ? *)", "America/New_York")
        // 06:10 UTC is 1:10 EST, the second 1:10 of the night; 1:45 already fired at 05:45 UTC.
        #expect(cron.nextFire(after: utc("2026-11-01T06:10:00Z")) == utc("2026-11-01T07:45:00Z"))
    }

    @Test func zonesWithoutDaylightSavingTime() throws {
        let cron = try scheduler("cron(0 9 L * ? *)", "Asia/Kolkata")
        #expect(cron.nextFire(after: utc("2026-02-01T00:00:00Z")) == utc("2026-02-28T03:30:00Z"))
    }

    @Test func utcIsTheDefault() throws {
        let cron = try ScheduleExpression("cron(0 9 * * ? *)", source: .scheduler)
        #expect(cron.timeZone.secondsFromGMT(for: utc("2026-07-01T00:00:00Z")) == 0)
        #expect(cron.nextFire(after: utc("2026-07-01T00:00:00Z")) == utc("2026-07-01T09:00:00Z"))
    }

    @Test func rulesTakeNoTimeZone() {
        #expect(throws: ScheduleExpressionError(
            expression: "cron(0 9 * * ? *)",
            reason: "a time zone is only supported by EventBridge Scheduler (ScheduleV2)"
        )) {
            try ScheduleExpression("cron(0 9 * * ? *)", timeZone: "Europe/Paris")
        }
    }

    @Test func unknownZonesAreRefused() {
        #expect(throws: ScheduleExpressionError(
            expression: "rate(1 hour)",
            reason: "unknown time zone \"Mars/Olympus\"; use an IANA name such as America/New_York"
        )) {
            try scheduler("rate(1 hour)", "Mars/Olympus")
        }
    }
}
