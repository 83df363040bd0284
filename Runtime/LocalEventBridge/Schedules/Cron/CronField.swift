/// One plain cron field (minutes, hours, month, year, or the plain parts of the day fields):
/// the set of values it allows, written with `*`, `,`, `-` and `/` and, for months and days of
/// the week, names.
struct CronField: Sendable, Hashable {
    let values: [Int]

    /// Parses the field.
    /// - Parameters:
    ///   - text: The field as written, such as `0/15`, `MON-FRI` or `1,15`.
    ///   - name: The field's name, for messages.
    ///   - range: The values the field can hold.
    ///   - names: Upper-case names that stand for values, such as `JAN` for 1.
    init(_ text: String, name: String, range: ClosedRange<Int>, names: [String: Int] = [:]) throws(CronFieldError) {
        var values = Set<Int>()
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            values.formUnion(try Self.item(String(item), name: name, range: range, names: names))
        }
        self.values = values.sorted()
    }

    private static func item(
        _ item: String, name: String, range: ClosedRange<Int>, names: [String: Int]
    ) throws(CronFieldError) -> [Int] {
        let stepParts = item.split(separator: "/", omittingEmptySubsequences: false)
        guard stepParts.count <= 2 else { throw CronFieldError("\(name) \"\(item)\" has more than one /") }
        var step = 1
        if stepParts.count == 2 {
            guard let parsed = Int(stepParts[1]), parsed > 0, stepParts[1].allSatisfy(\.isASCII) else {
                throw CronFieldError("\(name) \"\(item)\" needs a whole number greater than 0 after /")
            }
            step = parsed
        }
        let base = String(stepParts[0])
        let first: Int, last: Int
        if base == "*" {
            (first, last) = (range.lowerBound, range.upperBound)
        } else if let dash = base.firstIndex(of: "-") {
            first = try value(String(base[..<dash]), name: name, range: range, names: names)
            last = try value(String(base[base.index(after: dash)...]), name: name, range: range, names: names)
            guard first <= last else {
                throw CronFieldError("\(name) range \"\(base)\" runs backwards")
            }
        } else {
            first = try value(base, name: name, range: range, names: names)
            // `5/15` means from 5 to the end of the field in steps of 15.
            last = stepParts.count == 2 ? range.upperBound : first
        }
        return Array(stride(from: first, through: last, by: step))
    }

    static func value(
        _ text: String, name: String, range: ClosedRange<Int>, names: [String: Int]
    ) throws(CronFieldError) -> Int {
        let value: Int
        if let named = names[text.uppercased()] {
            value = named
        } else if text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) {
            value = number
        } else {
            throw CronFieldError("\(name) \"\(text)\" is not a number\(names.isEmpty ? "" : " or a name")")
        }
        guard range.contains(value) else {
            throw CronFieldError("\(name) \(value) is outside \(range.lowerBound)-\(range.upperBound)")
        }
        return value
    }
}

/// What is wrong with one cron field; ``CronExpression`` turns it into a ``ScheduleExpressionError``.
struct CronFieldError: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
