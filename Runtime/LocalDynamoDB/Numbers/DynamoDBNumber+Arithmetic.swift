extension DynamoDBNumber {
    /// The exact sum, checked against DynamoDB's digit and range limits.
    public func adding(_ other: DynamoDBNumber) throws(DynamoDBError) -> DynamoDBNumber {
        let result = Self.exactSum(self, other)
        try result.checkLimits()
        return result
    }

    /// The exact difference, checked against DynamoDB's digit and range limits.
    public func subtracting(_ other: DynamoDBNumber) throws(DynamoDBError) -> DynamoDBNumber {
        try adding(other.negated)
    }

    /// The number with its sign flipped.
    public var negated: DynamoDBNumber {
        isZero ? self : DynamoDBNumber(isNegative: !isNegative, digits: digits, exponent: exponent)
    }

    private static func exactSum(_ a: DynamoDBNumber, _ b: DynamoDBNumber) -> DynamoDBNumber {
        if a.isZero { return b }
        if b.isZero { return a }
        // Line both up as integers times 10^lowest, the power of the last digit of either.
        let lowest = min(a.exponent - a.digits.count + 1, b.exponent - b.digits.count + 1)
        let highest = max(a.exponent, b.exponent)
        let width = highest - lowest + 1
        func aligned(_ n: DynamoDBNumber) -> [UInt8] {
            let leading = highest - n.exponent
            return Array(repeating: 0, count: leading) + n.digits
                + Array(repeating: 0, count: width - leading - n.digits.count)
        }
        let x = aligned(a), y = aligned(b)
        if a.isNegative == b.isNegative {
            var sum = [UInt8](repeating: 0, count: width + 1)
            var carry: UInt8 = 0
            for position in stride(from: width - 1, through: 0, by: -1) {
                let total = x[position] + y[position] + carry
                sum[position + 1] = total % 10
                carry = total / 10
            }
            sum[0] = carry
            return DynamoDBNumber(isNegative: a.isNegative, digits: sum, exponent: highest + 1)
        }
        // Opposite signs: subtract the smaller magnitude from the larger and keep the larger's sign.
        let aLarger = x.lexicographicallyPrecedes(y) == false
        let (big, small) = aLarger ? (x, y) : (y, x)
        var difference = [UInt8](repeating: 0, count: width)
        var borrow: Int = 0
        for position in stride(from: width - 1, through: 0, by: -1) {
            var value = Int(big[position]) - Int(small[position]) - borrow
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 10 }
            difference[position] = UInt8(value)
        }
        return DynamoDBNumber(isNegative: aLarger ? a.isNegative : b.isNegative, digits: difference, exponent: highest)
    }
}
