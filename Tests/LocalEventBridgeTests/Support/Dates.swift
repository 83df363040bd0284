import Foundation

/// A UTC moment written `2026-11-21T10:00:00Z`.
func utc(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: .iso8601) else {
        fatalError("Bad test date \(text)")
    }
    return date
}

/// Every time a schedule fires after `start`, up to `count` of them.
func fires(_ expression: (Date) -> Date?, after start: Date, count: Int) -> [Date] {
    var result: [Date] = []
    var cursor = start
    while result.count < count, let next = expression(cursor) {
        result.append(next)
        cursor = next
    }
    return result
}
