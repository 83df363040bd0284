#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Times as this system passes them around (milliseconds since 1970) and shows them (ISO 8601).
public enum Timestamp {
    /// The current time in milliseconds since 1970.
    public static func now() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000).rounded(.down))
    }

    /// `milliseconds` as `2026-11-21T16:37:32.123Z`.
    public static func iso8601(_ milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
            .formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
