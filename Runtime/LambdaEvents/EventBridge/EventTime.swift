#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The time format of EventBridge events: ISO 8601 in UTC, whole seconds.
enum EventTime {
    static func date(from text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        // EventBridge itself never sends fractions, but events put by hand or by other tools may.
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func string(from date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
