#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The moment a request is signed, in the two UTC forms SigV4 uses: `20150830T123600Z` for
/// `X-Amz-Date` and `20150830` for the credential scope.
public struct SigV4Timestamp: Sendable, Hashable {
    /// `YYYYMMDD'T'HHMMSS'Z'`, the value of `X-Amz-Date`.
    public let amzDate: String
    /// `YYYYMMDD`, the date of the credential scope.
    public var dateStamp: Substring { amzDate.prefix(8) }

    /// The timestamp of a moment given in whole seconds since 1970-01-01 UTC.
    public init(secondsSince1970 seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        amzDate = Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2) + "T"
            + Self.digits(secondOfDay / 3_600, 2) + Self.digits(secondOfDay % 3_600 / 60, 2)
            + Self.digits(secondOfDay % 60, 2) + "Z"
    }

    /// The timestamp of `date`, truncated to the second.
    public init(_ date: Date) {
        self.init(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The current time.
    public static func now() -> SigV4Timestamp {
        SigV4Timestamp(Date())
    }

    /// The proleptic Gregorian date of a day count, by the era arithmetic that needs no tables:
    /// 400-year eras of 146,097 days, years counted from March so the leap day comes last.
    private static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func digits(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
