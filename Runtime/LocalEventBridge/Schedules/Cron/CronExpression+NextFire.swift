import Foundation

extension CronExpression {
    /// The first time strictly after `date` that the clocks in `zone` match the expression.
    ///
    /// Times the clocks skip when daylight saving time starts never fire; times they show twice
    /// when it ends fire once, at the first showing (EventBridge Scheduler's documented behavior).
    func nextFire(after date: Date, in zone: TimeZone) -> Date? {
        var start = WallClock(date, in: zone)
        start.second = 0
        for year in years.values where year >= start.year {
            let sameYear = year == start.year
            for month in months.values where !sameYear || month >= start.month {
                let sameMonth = sameYear && month == start.month
                for day in days(year: year, month: month) where !sameMonth || day >= start.day {
                    let sameDay = sameMonth && day == start.day
                    for hour in hours.values where !sameDay || hour >= start.hour {
                        let sameHour = sameDay && hour == start.hour
                        for minute in minutes.values where !sameHour || minute > start.minute {
                            let time = WallClock(year: year, month: month, day: day, hour: hour, minute: minute)
                            // In an autumn overlap a later clock reading can still be an earlier
                            // moment, already past; the loop then moves on.
                            if let fire = time.firstDate(in: zone), fire > date {
                                return fire
                            }
                        }
                    }
                }
            }
        }
        return nil
    }

    private func days(year: Int, month: Int) -> [Int] {
        if case .unspecified = dayOfMonth {
            return dayOfWeek.days(year: year, month: month)
        }
        return dayOfMonth.days(year: year, month: month)
    }
}
