/// The day-of-month field of a cron expression.
enum DayOfMonthRule: Sendable, Hashable {
    /// `?`: the day-of-week field decides.
    case unspecified
    /// Listed days, `*` for all; a day past the month's end never matches.
    case days(CronField)
    /// `L`: the last day of the month.
    case last
    /// `15W`: the weekday nearest the 15th, without leaving the month.
    case nearestWeekday(Int)
    /// `LW`: the last weekday of the month.
    case lastWeekday

    init(_ text: String) throws(CronFieldError) {
        let upper = text.uppercased()
        switch upper {
        case "?": self = .unspecified
        case "L": self = .last
        case "LW": self = .lastWeekday
        case _ where upper.hasSuffix("W"):
            let day = try CronField.value(String(upper.dropLast()), name: "Day-of-month", range: 1...31, names: [:])
            self = .nearestWeekday(day)
        default:
            self = .days(try CronField(text, name: "Day-of-month", range: 1...31))
        }
    }

    /// The days of the month the rule picks.
    func days(year: Int, month: Int) -> [Int] {
        let length = CivilDate.daysInMonth(month, of: year)
        switch self {
        case .unspecified:
            return Array(1...length)
        case .days(let field):
            return field.values.filter { $0 <= length }
        case .last:
            return [length]
        case .nearestWeekday(let day):
            guard day <= length else { return [] }
            return [Self.nearestWeekday(to: day, year: year, month: month, length: length)]
        case .lastWeekday:
            return [Self.nearestWeekday(to: length, year: year, month: month, length: length)]
        }
    }

    private static func nearestWeekday(to day: Int, year: Int, month: Int, length: Int) -> Int {
        switch CivilDate.weekday(year: year, month: month, day: day) {
        case 7: return day == 1 ? 3 : day - 1  // Saturday: Friday before, or Monday after the 1st.
        case 1: return day == length ? day - 2 : day + 1  // Sunday: Monday after, or Friday before the last.
        default: return day
        }
    }
}
