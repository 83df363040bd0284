/// An exact DynamoDB number: up to 38 significant decimal digits, magnitude from 1E-130 to
/// 9.9999999999999999999999999999999999999E+125, or zero.
///
/// Stored as `±d.ddd × 10^exponent` with no leading or trailing zero digits, so two texts of the
/// same number (`1.0`, `1`, `10E-1`) give equal values.
public struct DynamoDBNumber: Sendable, Hashable {
    /// The most significant digits DynamoDB keeps.
    public static let maximumDigits = 38
    /// The exponent of the largest magnitude, 9.99…E+125.
    public static let maximumExponent = 125
    /// The exponent of the smallest non-zero magnitude, 1E-130.
    public static let minimumExponent = -130

    /// Whether the number is below zero; never true for zero.
    public let isNegative: Bool
    /// The significant digits, each 0...9, first and last non-zero; empty for zero.
    public let digits: [UInt8]
    /// The power of ten of the first digit; 0 for zero.
    public let exponent: Int

    /// Zero.
    public static let zero = DynamoDBNumber(isNegative: false, digits: [], exponent: 0)

    /// Whether this is zero.
    public var isZero: Bool { digits.isEmpty }

    /// Builds a normalized number from raw digits, trimming zeros; `exponent` is that of `digits[0]`.
    init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        guard let first = digits.firstIndex(where: { $0 != 0 }),
              let last = digits.lastIndex(where: { $0 != 0 }) else {
            self.isNegative = false
            self.digits = []
            self.exponent = 0
            return
        }
        self.isNegative = isNegative
        self.digits = Array(digits[first...last])
        self.exponent = exponent - first
    }
}
