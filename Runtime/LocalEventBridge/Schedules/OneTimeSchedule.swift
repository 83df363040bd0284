import Foundation

/// `at(yyyy-mm-ddThh:mm:ss)`: one moment, read in the schedule's time zone.
public struct OneTimeSchedule: Sendable, Hashable {
    /// The year.
    public var year: Int { time.year }
    /// The month, 1 to 12.
    public var month: Int { time.month }
    /// The day of the month.
    public var day: Int { time.day }
    /// The hour, 0 to 23.
    public var hour: Int { time.hour }
    /// The minute.
    public var minute: Int { time.minute }
    /// The second.
    public var second: Int { time.second }

    let time: WallClock

    init(_ body: String, expression: String) throws(ScheduleExpressionError) {
        let invalid = ScheduleExpressionError(
            expression: expression,
            reason: "a one-time schedule is written at(yyyy-mm-ddThh:mm:ss), as in at(2026-11-21T10:00:00)"
        )
        let scalars = Array(body.utf8)
        let digitOffsets = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard scalars.count == 19,
              scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"), scalars[10] == UInt8(ascii: "T"),
              scalars[13] == UInt8(ascii: ":"), scalars[16] == UInt8(ascii: ":"),
              digitOffsets.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(scalars[$0]) })
        else { throw invalid }
        func number(_ range: Range<Int>) -> Int {
            range.reduce(0) { $0 * 10 + Int(scalars[$1] - UInt8(ascii: "0")) }
        }
        let time = WallClock(
            year: number(0..<4), month: number(5..<7), day: number(8..<10),
            hour: number(11..<13), minute: number(14..<16), second: number(17..<19)
        )
        guard (1...12).contains(time.month),
              (1...CivilDate.daysInMonth(time.month, of: time.year)).contains(time.day),
              time.hour < 24, time.minute < 60, time.second < 60
        else {
            throw ScheduleExpressionError(expression: expression, reason: "\(body) is not a date and time that exists")
        }
        self.time = time
    }

    /// The moment, when it is strictly after `date`. A time in the hour skipped when daylight
    /// saving time starts fires when the clocks jump past it.
    func nextFire(after date: Date, in zone: TimeZone) -> Date? {
        let moment = time.dateSkippingForward(in: zone)
        return moment > date ? moment : nil
    }
}
