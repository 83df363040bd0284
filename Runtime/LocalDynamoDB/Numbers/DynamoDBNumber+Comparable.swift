extension DynamoDBNumber: Comparable {
    /// Numeric order.
    public static func < (lhs: DynamoDBNumber, rhs: DynamoDBNumber) -> Bool {
        lhs.compare(to: rhs) < 0
    }

    /// Negative, zero or positive as `self` is below, equal to or above `other`.
    public func compare(to other: DynamoDBNumber) -> Int {
        let mine = signum, theirs = other.signum
        if mine != theirs { return mine < theirs ? -1 : 1 }
        if mine == 0 { return 0 }
        let magnitude = compareMagnitude(to: other)
        return isNegative ? -magnitude : magnitude
    }

    /// -1, 0 or 1.
    var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    private func compareMagnitude(to other: DynamoDBNumber) -> Int {
        if exponent != other.exponent { return exponent < other.exponent ? -1 : 1 }
        for (mine, theirs) in zip(digits, other.digits) where mine != theirs {
            return mine < theirs ? -1 : 1
        }
        // Equal prefixes: the one with more (non-zero) digits is larger.
        return digits.count == other.digits.count ? 0 : (digits.count < other.digits.count ? -1 : 1)
    }
}
