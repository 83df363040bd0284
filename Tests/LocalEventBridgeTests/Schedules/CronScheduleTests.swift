import Foundation
import Testing
import LocalEventBridge

/// The next fire of a UTC cron expression after a UTC moment.
private func next(_ cron: String, after: String) throws -> Date? {
    try ScheduleExpression(cron).nextFire(after: utc(after))
}

@Suite("cron() in UTC")
struct CronScheduleTests {
    @Test func everyDayAtATime() throws {
        #expect(try next("cron(0 12 * * ? *)", after: "2026-11-21T10:00:00Z") == utc("2026-11-21T12:00:00Z"))
        #expect(try next("cron(0 12 * * ? *)", after: "2026-11-21T12:00:00Z") == utc("2026-11-22T12:00:00Z"))
        #expect(try next("cron(15 12 * * ? *)", after: "2026-11-21T12:15:01Z") == utc("2026-11-22T12:15:00Z"))
    }

    @Test func stepsInMinutesAndHours() throws {
        let every15 = try ScheduleExpression("cron(0/15 * * * ? *)")
        #expect(fires(every15.nextFire, after: utc("2026-11-21T10:07:00Z"), count: 4)
            == ["10:15", "10:30", "10:45", "11:00"].map { utc("2026-11-21T\($0):00Z") })
        #expect(try next("cron(5/20 * * * ? *)", after: "2026-11-21T10:45:00Z") == utc("2026-11-21T11:05:00Z"))
        #expect(try next("cron(*/10 */6 * * ? *)", after: "2026-11-21T06:50:00Z") == utc("2026-11-21T12:00:00Z"))
    }

    @Test func weekdaysOnly() throws {
        // 2026-11-20 is a Friday.
        #expect(try next("cron(0 18 ? * MON-FRI *)", after: "2026-11-20T19:00:00Z") == utc("2026-11-23T18:00:00Z"))
        #expect(try next("cron(0 18 ? * 2-6 *)", after: "2026-11-20T17:00:00Z") == utc("2026-11-20T18:00:00Z"))
        #expect(try next("cron(0/5 8-17 ? * MON-FRI *)", after: "2026-11-20T17:55:00Z") == utc("2026-11-23T08:00:00Z"))
        #expect(try next("cron(0/5 8-17 ? * MON-FRI *)", after: "2026-11-23T08:02:00Z") == utc("2026-11-23T08:05:00Z"))
    }

    @Test func sundayIsOne() throws {
        #expect(try next("cron(0 0 ? * 1 *)", after: "2026-11-21T00:00:00Z") == utc("2026-11-22T00:00:00Z"))
        #expect(try next("cron(0 0 ? * SUN *)", after: "2026-11-21T00:00:00Z") == utc("2026-11-22T00:00:00Z"))
        #expect(try next("cron(0 0 ? * 7 *)", after: "2026-11-20T00:00:00Z") == utc("2026-11-21T00:00:00Z"))
    }

    @Test func listsAndNamesIgnoreCase() throws {
        let cron = try ScheduleExpression("cron(0 0 1 JAN,jul ? *)")
        #expect(fires(cron.nextFire, after: utc("2026-03-01T00:00:00Z"), count: 2)
            == [utc("2026-07-01T00:00:00Z"), utc("2027-01-01T00:00:00Z")])
    }

    @Test func monthEnds() throws {
        // April has 30 days, so the 31st next comes in May.
        #expect(try next("cron(0 0 31 * ? *)", after: "2026-04-01T00:00:00Z") == utc("2026-05-31T00:00:00Z"))
        #expect(try next("cron(0 0 30 * ? *)", after: "2026-01-30T00:00:00Z") == utc("2026-03-30T00:00:00Z"))
    }

    @Test func lastDayOfMonthAndLeapYears() throws {
        #expect(try next("cron(0 0 L * ? *)", after: "2026-02-01T00:00:00Z") == utc("2026-02-28T00:00:00Z"))
        #expect(try next("cron(0 0 L * ? *)", after: "2028-02-01T00:00:00Z") == utc("2028-02-29T00:00:00Z"))
        #expect(try next("cron(0 0 L * ? *)", after: "2026-04-30T00:00:00Z") == utc("2026-05-31T00:00:00Z"))
        #expect(try next("cron(0 0 29 2 ? *)", after: "2026-01-01T00:00:00Z") == utc("2028-02-29T00:00:00Z"))
        // 2100 is not a leap year: divisible by 100 but not by 400.
        #expect(try next("cron(0 0 29 2 ? *)", after: "2096-03-01T00:00:00Z") == utc("2104-02-29T00:00:00Z"))
        #expect(try next("cron(0 0 29 2 ? *)", after: "1999-03-01T00:00:00Z") == utc("2000-02-29T00:00:00Z"))
    }

    @Test func nearestWeekday() throws {
        // 2026-08-15 is a Saturday, so the Friday before; 2026-02-15 a Sunday, so the Monday after.
        #expect(try next("cron(0 9 15W * ? *)", after: "2026-08-01T00:00:00Z") == utc("2026-08-14T09:00:00Z"))
        #expect(try next("cron(0 9 15W * ? *)", after: "2026-02-01T00:00:00Z") == utc("2026-02-16T09:00:00Z"))
        #expect(try next("cron(0 9 15W * ? *)", after: "2026-04-01T00:00:00Z") == utc("2026-04-15T09:00:00Z"))
        // The 1st on a Saturday moves forward to Monday the 3rd, never back into July.
        #expect(try next("cron(0 9 1W * ? *)", after: "2026-07-31T00:00:00Z") == utc("2026-08-03T09:00:00Z"))
        // The 31st on a Sunday moves back to Friday the 29th, never into June.
        #expect(try next("cron(0 9 31W * ? *)", after: "2026-05-01T00:00:00Z") == utc("2026-05-29T09:00:00Z"))
    }

    @Test func lastWeekdayOfMonth() throws {
        // January 2026 ends on a Saturday.
        #expect(try next("cron(0 9 LW * ? *)", after: "2026-01-01T00:00:00Z") == utc("2026-01-30T09:00:00Z"))
        #expect(try next("cron(0 9 LW * ? *)", after: "2026-03-01T00:00:00Z") == utc("2026-03-31T09:00:00Z"))
    }

    @Test func lastWeekdayOfTheWeekInTheMonth() throws {
        #expect(try next("cron(0 0 ? * 6L *)", after: "2026-11-01T00:00:00Z") == utc("2026-11-27T00:00:00Z"))
        #expect(try next("cron(0 0 ? * FRIL *)", after: "2026-11-28T00:00:00Z") == utc("2026-12-25T00:00:00Z"))
        // L alone is the last day of the week, Saturday.
        #expect(try next("cron(0 12 ? * L *)", after: "2026-11-21T00:00:00Z") == utc("2026-11-21T12:00:00Z"))
    }

    @Test func nthWeekdayOfTheMonth() throws {
        #expect(try next("cron(0 9 ? * 2#1 *)", after: "2026-11-01T00:00:00Z") == utc("2026-11-02T09:00:00Z"))
        #expect(try next("cron(0 9 ? * TUE#2 *)", after: "2026-12-01T00:00:00Z") == utc("2026-12-08T09:00:00Z"))
        // Only months with five Fridays fire.
        #expect(try next("cron(0 9 ? * 6#5 *)", after: "2026-01-31T00:00:00Z") == utc("2026-05-29T09:00:00Z"))
    }

    @Test func yearsRunOut() throws {
        #expect(try next("cron(0 0 1 1 ? 2027)", after: "2026-06-01T00:00:00Z") == utc("2027-01-01T00:00:00Z"))
        #expect(try next("cron(0 0 1 1 ? 2027)", after: "2027-01-01T00:00:00Z") == nil)
        #expect(try next("cron(0 0 1 1 ? 2026,2028-2030/2)", after: "2026-06-01T00:00:00Z") == utc("2028-01-01T00:00:00Z"))
    }

    @Test func impossibleDatesNeverFire() throws {
        #expect(try next("cron(0 0 30 2 ? *)", after: "2026-01-01T00:00:00Z") == nil)
    }

    @Test func secondsOfTheStartAreIgnored() throws {
        let cron = try ScheduleExpression("cron(* * * * ? *)")
        #expect(cron.nextFire(after: utc("2026-11-21T10:00:59Z").addingTimeInterval(0.5)) == utc("2026-11-21T10:01:00Z"))
        #expect(cron.nextFire(after: utc("2026-11-21T10:00:00Z").addingTimeInterval(-0.001)) == utc("2026-11-21T10:00:00Z"))
    }
}
