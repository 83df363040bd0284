import Foundation

/// A time as the clocks of a time zone show it, to the second.
struct WallClock: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int = 0

    /// What the clocks in `zone` read at `date`, fractions of a second dropped.
    init(_ date: Date, in zone: TimeZone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let civil = CivilDate.date(fromDays: days)
        self.init(
            year: civil.year, month: civil.month, day: civil.day,
            hour: secondOfDay / 3_600, minute: secondOfDay % 3_600 / 60, second: secondOfDay % 60
        )
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The earliest moment at which the clocks in `zone` read this time, or `nil` when they never
    /// do because it falls in the hour skipped when daylight saving time starts.
    func firstDate(in zone: TimeZone) -> Date? {
        candidates(in: zone).min()
    }

    /// The moment the clocks read this time, or for a skipped time the moment an hour-behind
    /// clock would, which is just after the jump.
    func dateSkippingForward(in zone: TimeZone) -> Date {
        if let date = firstDate(in: zone) { return date }
        let naive = asUTC
        return naive.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: naive.addingTimeInterval(-86_400))))
    }

    /// The moments that read this time: none in a spring gap, two in an autumn overlap.
    private func candidates(in zone: TimeZone) -> [Date] {
        let naive = asUTC
        // A zone changes its offset at most once in two days, so the offsets a day either side
        // are the only ones that can apply.
        let offsets = Set([-86_400.0, 86_400.0].map { zone.secondsFromGMT(for: naive.addingTimeInterval($0)) })
        return offsets.compactMap { offset in
            let date = naive.addingTimeInterval(-TimeInterval(offset))
            return zone.secondsFromGMT(for: date) == offset ? date : nil
        }
    }

    /// The moment this time would be if the zone were UTC.
    private var asUTC: Date {
        let days = CivilDate.days(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    static func < (left: WallClock, right: WallClock) -> Bool {
        (left.year, left.month, left.day, left.hour, left.minute, left.second)
            < (right.year, right.month, right.day, right.hour, right.minute, right.second)
    }
}
