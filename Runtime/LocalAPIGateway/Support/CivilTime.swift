/// A UTC date and time split into calendar fields, for the fixed-format timestamps API Gateway
/// writes. Done by hand because the formats are fixed and English, and a calendar or locale
/// would only add ways for them to vary.
struct CivilTime: Sendable, Hashable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int
    /// 0 for Sunday through 6 for Saturday.
    let weekday: Int

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// The fields of a moment given in whole seconds since 1970 (negative values included).
    init(secondsSince1970 seconds: Int64) {
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        hour = Int(secondOfDay / 3_600)
        minute = Int(secondOfDay % 3_600 / 60)
        second = Int(secondOfDay % 60)
        // 1 January 1970 was a Thursday.
        weekday = Int(Self.floorDivision(days + 4, 7).remainder)

        // Count from 1 March 0000 so that the leap day ends each 400-year cycle's years.
        let shifted = days + 719_468
        let (era, dayOfEra) = Self.floorDivision(shifted, 146_097)
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchBasedMonth = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * marchBasedMonth + 2) / 5 + 1)
        month = Int(marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9)
        year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
    }

    /// The access-log form API Gateway puts in `requestTime`: `21/Nov/2026:17:05:56 +0000`.
    var commonLogFormat: String {
        "\(Self.pad(day))/\(Self.monthNames[month - 1])/\(year):\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) +0000"
    }

    /// The form REST APIs give Cognito's time claims: `Sat Nov 21 17:05:56 UTC 2026`.
    var claimDateFormat: String {
        "\(Self.weekdayNames[weekday]) \(Self.monthNames[month - 1]) \(Self.pad(day)) "
            + "\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) UTC \(year)"
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }
}
