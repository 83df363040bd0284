import Foundation

/// `rate(value unit)`: every `value` minutes, hours or days. The unit is singular for 1
/// (`rate(1 hour)`) and plural otherwise (`rate(2 hours)`).
public struct RateExpression: Sendable, Hashable {
    /// The unit of a rate.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// Minutes.
        case minute
        /// Hours.
        case hour
        /// Days, each exactly 24 hours, as EventBridge Scheduler counts them across DST changes.
        case day

        var seconds: TimeInterval {
            switch self {
            case .minute: 60
            case .hour: 3_600
            case .day: 86_400
            }
        }
    }

    /// How many units between fires; at least 1.
    public let value: Int
    /// The unit.
    public let unit: Unit

    /// The time between fires.
    public var interval: TimeInterval { TimeInterval(value) * unit.seconds }

    init(_ body: String, expression: String) throws(ScheduleExpressionError) {
        let invalid = { (reason: String) in ScheduleExpressionError(expression: expression, reason: reason) }
        let parts = body.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else {
            throw invalid("a rate needs a value and a unit, as in rate(5 minutes)")
        }
        guard parts[0].allSatisfy(\.isASCII), let value = Int(parts[0]), value > 0 else {
            throw invalid("the value must be a whole number greater than 0, not \"\(parts[0])\"")
        }
        let word = String(parts[1])
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard let unit = Unit(rawValue: singular) else {
            throw invalid("the unit must be minute(s), hour(s) or day(s), not \"\(word)\"")
        }
        if value == 1, word != unit.rawValue {
            throw invalid("a value of 1 takes the singular unit \"\(unit.rawValue)\"")
        }
        if value != 1, word == unit.rawValue {
            throw invalid("a value other than 1 takes the plural unit \"\(unit.rawValue)s\"")
        }
        self.value = value
        self.unit = unit
    }

    /// The first `start + n × interval` (n ≥ 1) strictly after `date`.
    func nextFire(after date: Date, countingFrom start: Date) -> Date? {
        let elapsed = date.timeIntervalSince(start)
        let periods = elapsed < interval ? 1 : (elapsed / interval).rounded(.down) + 1
        return start.addingTimeInterval(periods * interval)
    }
}
