/// A number kept as the unevaluated sum of two doubles, `high + low`, for about 106 bits of
/// precision: enough that adding and later subtracting the same terms leaves no residue a price
/// window could ever notice.
///
/// Built from error-free transformations: `twoSum` gives the exact rounding error of a sum, and
/// `twoProduct` (through a fused multiply-add) the exact rounding error of a product.
public struct DoubleDouble: Sendable, Hashable {
    /// The leading part: the value rounded to a double.
    public var high: Double
    /// What `high` leaves out, at most half an ulp of it.
    public var low: Double

    /// Zero.
    public static let zero = DoubleDouble(high: 0, low: 0)

    /// A value from its two parts.
    public init(high: Double, low: Double) {
        self.high = high
        self.low = low
    }

    /// A double, exactly.
    public init(_ value: Double) {
        self.init(high: value, low: 0)
    }

    /// The value rounded to a double.
    public var value: Double { high + low }

    /// The exact square of a double.
    public static func square(_ value: Double) -> DoubleDouble {
        let product = value * value
        return DoubleDouble(high: product, low: (-product).addingProduct(value, value))
    }

    public static func + (lhs: DoubleDouble, rhs: DoubleDouble) -> DoubleDouble {
        var (sum, error) = twoSum(lhs.high, rhs.high)
        let (lowSum, lowError) = twoSum(lhs.low, rhs.low)
        error += lowSum
        (sum, error) = fastTwoSum(sum, error)
        error += lowError
        (sum, error) = fastTwoSum(sum, error)
        return DoubleDouble(high: sum, low: error)
    }

    public static prefix func - (value: DoubleDouble) -> DoubleDouble {
        DoubleDouble(high: -value.high, low: -value.low)
    }

    public static func - (lhs: DoubleDouble, rhs: DoubleDouble) -> DoubleDouble {
        lhs + -rhs
    }

    public static func * (lhs: DoubleDouble, rhs: DoubleDouble) -> DoubleDouble {
        let product = lhs.high * rhs.high
        var error = (-product).addingProduct(lhs.high, rhs.high)
        error += lhs.high * rhs.low + lhs.low * rhs.high
        let (high, low) = fastTwoSum(product, error)
        return DoubleDouble(high: high, low: low)
    }

    public static func / (lhs: DoubleDouble, rhs: Double) -> DoubleDouble {
        // One Newton step on the quotient of the leading parts recovers the bits it dropped.
        let quotient = lhs.high / rhs
        let back = DoubleDouble(high: quotient * rhs, low: (-(quotient * rhs)).addingProduct(quotient, rhs))
        let remainder = lhs - back
        let correction = remainder.high / rhs
        let (high, low) = fastTwoSum(quotient, correction)
        return DoubleDouble(high: high, low: low)
    }

    /// `a + b` and its exact rounding error (Knuth), whatever their magnitudes.
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        let bVirtual = sum - a
        let aVirtual = sum - bVirtual
        return (sum, (a - aVirtual) + (b - bVirtual))
    }

    /// `a + b` and its exact rounding error when `|a| >= |b|` (Dekker).
    static func fastTwoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        return (sum, b - (sum - a))
    }
}
