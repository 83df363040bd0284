import LambdaEvents

/// DynamoDB's comparison rules for condition operands and sort keys.
public enum AttributeOrdering {
    /// Orders two scalars of the same type: numbers numerically, strings by their UTF-8 bytes,
    /// binary by unsigned bytes. Nil when the types differ or are not `S`, `N` or `B`, which
    /// makes any ordering comparison false rather than an error.
    public static func compare(_ left: AttributeValue, _ right: AttributeValue) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)):
            guard let x = DynamoDBNumber.parse(a), let y = DynamoDBNumber.parse(b) else { return nil }
            return x.compare(to: y)
        case (.string(let a), .string(let b)):
            return compareBytes(Array(a.utf8), Array(b.utf8))
        case (.binary(let a), .binary(let b)):
            return compareBytes(Array(a), Array(b))
        default:
            return nil
        }
    }

    /// Equality as conditions see it: numbers by value (`1.0` = `1`), sets regardless of order,
    /// maps and lists member by member; different types are never equal.
    public static func equal(_ left: AttributeValue, _ right: AttributeValue) -> Bool {
        switch (left, right) {
        case (.number, .number):
            return compare(left, right) == 0
        case (.numberSet(let a), .numberSet(let b)):
            return Set(a.map(DynamoDBNumber.canonical)) == Set(b.map(DynamoDBNumber.canonical))
        case (.stringSet(let a), .stringSet(let b)):
            return Set(a) == Set(b)
        case (.binarySet(let a), .binarySet(let b)):
            return Set(a) == Set(b)
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default:
            return left == right
        }
    }

    /// Unsigned lexicographic order of byte strings, as DynamoDB sorts `S` and `B` keys.
    public static func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        for (x, y) in zip(a, b) where x != y {
            return x < y ? -1 : 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
