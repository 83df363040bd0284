/// The day-of-week field of a cron expression; days count from 1 = Sunday to 7 = Saturday.
enum DayOfWeekRule: Sendable, Hashable {
    /// `?`: the day-of-month field decides.
    case unspecified
    /// Listed days of the week, `*` for all; `L` alone is Saturday, the last day of the week.
    case weekdays(CronField)
    /// `5L`: the last such weekday of the month (here the last Thursday).
    case lastOfMonth(weekday: Int)
    /// `3#2`: the nth such weekday of the month (here the second Tuesday).
    case nthOfMonth(weekday: Int, n: Int)

    static let names = ["SUN": 1, "MON": 2, "TUE": 3, "WED": 4, "THU": 5, "FRI": 6, "SAT": 7]

    init(_ text: String) throws(CronFieldError) {
        let upper = text.uppercased()
        if upper == "?" {
            self = .unspecified
        } else if upper == "L" {
            self = .weekdays(try CronField("7", name: "Day-of-week", range: 1...7))
        } else if let hash = upper.firstIndex(of: "#") {
            let weekday = try Self.weekday(String(upper[..<hash]))
            let nthText = String(upper[upper.index(after: hash)...])
            guard let n = Int(nthText), (1...5).contains(n), nthText.allSatisfy(\.isASCII) else {
                throw CronFieldError("Day-of-week \"\(text)\" needs a number from 1 to 5 after #")
            }
            self = .nthOfMonth(weekday: weekday, n: n)
        } else if upper.hasSuffix("L") {
            self = .lastOfMonth(weekday: try Self.weekday(String(upper.dropLast())))
        } else {
            self = .weekdays(try CronField(text, name: "Day-of-week", range: 1...7, names: Self.names))
        }
    }

    private static func weekday(_ text: String) throws(CronFieldError) -> Int {
        try CronField.value(text, name: "Day-of-week", range: 1...7, names: names)
    }

    /// The days of the month the rule picks.
    func days(year: Int, month: Int) -> [Int] {
        let length = CivilDate.daysInMonth(month, of: year)
        let firstWeekday = CivilDate.weekday(year: year, month: month, day: 1)
        func weekday(of day: Int) -> Int { (firstWeekday - 1 + day - 1) % 7 + 1 }
        switch self {
        case .unspecified:
            return Array(1...length)
        case .weekdays(let field):
            return (1...length).filter { field.values.contains(weekday(of: $0)) }
        case .lastOfMonth(let target):
            return (1...length).last { weekday(of: $0) == target }.map { [$0] } ?? []
        case .nthOfMonth(let target, let n):
            let first = (target - firstWeekday + 7) % 7 + 1
            let day = first + (n - 1) * 7
            return day <= length ? [day] : []
        }
    }
}
