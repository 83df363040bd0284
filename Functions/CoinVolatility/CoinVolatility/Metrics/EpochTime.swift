#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Epoch seconds as users read them: ISO 8601 in UTC, such as `2026-05-01T12:00:00Z`.
enum EpochTime {
    static func iso8601(_ seconds: Int64) -> String {
        Date.ISO8601FormatStyle().format(Date(timeIntervalSince1970: Double(seconds)))
    }
}
