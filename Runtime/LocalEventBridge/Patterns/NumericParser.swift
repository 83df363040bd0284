import LambdaEvents

/// Reads a `numeric` filter: `["=", x]`, or one or two comparisons such as `[">", 0, "<=", 5]`,
/// at most one bounding from below and one from above, the lower below the upper.
enum NumericParser {
    static func condition(_ value: JSONValue) throws(EventPatternError) -> NumericCondition {
        guard case .array(let entries) = value, !entries.isEmpty, entries.count.isMultiple(of: 2) else {
            throw EventPatternError(reason: "Value of numeric must be an array of operators each followed by a number.")
        }
        var condition = NumericCondition()
        for index in stride(from: 0, to: entries.count, by: 2) {
            guard case .string(let symbol) = entries[index] else {
                throw EventPatternError(reason: "Invalid member in numeric match: \(entries[index])")
            }
            guard case .number(let number) = entries[index + 1] else {
                throw EventPatternError(reason: "Value of \(symbol) must be numeric")
            }
            try NumberLimits.check(number)
            let isFirst = index == 0
            switch symbol {
            case "=":
                guard entries.count == 2 else {
                    throw EventPatternError(reason: "\"=\" cannot be combined with other numeric operators")
                }
                condition.lower = .init(value: number, inclusive: true)
                condition.upper = .init(value: number, inclusive: true)
            case ">", ">=":
                guard condition.lower == nil, isFirst || condition.upper != nil else {
                    throw EventPatternError(reason: "Bad numeric range: only one lower bound is allowed")
                }
                condition.lower = .init(value: number, inclusive: symbol == ">=")
            case "<", "<=":
                guard condition.upper == nil else {
                    throw EventPatternError(reason: "Bad numeric range: only one upper bound is allowed")
                }
                condition.upper = .init(value: number, inclusive: symbol == "<=")
            default:
                throw EventPatternError(reason: "Unrecognized numeric range operator: \(symbol)")
            }
        }
        if entries.count == 4, let lower = condition.lower, let upper = condition.upper, lower.value >= upper.value {
            throw EventPatternError(reason: "Bottom must be less than top")
        }
        return condition
    }
}

/// The bounds a `numeric` filter may name: between -5.0e9 and 5.0e9 inclusive.
enum NumberLimits {
    static let magnitude = 5.0e9

    static func check(_ number: Double) throws(EventPatternError) {
        guard abs(number) <= magnitude else {
            throw EventPatternError(reason: "Value \(number) is out of range; numbers must be between -5.0E9 and 5.0E9")
        }
    }
}
