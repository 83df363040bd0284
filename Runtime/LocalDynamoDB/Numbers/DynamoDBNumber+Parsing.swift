extension DynamoDBNumber {
    /// Parses DynamoDB number text (`-12.5`, `1E+3`, `.5`, `007`) and checks DynamoDB's limits,
    /// throwing the `ValidationException` the service sends for each violation.
    public init(_ text: String) throws(DynamoDBError) {
        guard let parsed = Self.parse(text) else {
            throw .validation("A value provided cannot be converted into a number")
        }
        try parsed.checkLimits()
        self = parsed
    }

    /// Throws when the number lies outside DynamoDB's range or has more than 38 significant digits, in that order.
    public func checkLimits() throws(DynamoDBError) {
        guard !isZero else { return }
        if exponent > Self.maximumExponent {
            throw .validation("Number overflow. Attempting to store a number with magnitude larger than supported range")
        }
        if exponent < Self.minimumExponent {
            throw .validation("Number underflow. Attempting to store a number with magnitude smaller than supported range")
        }
        if digits.count > Self.maximumDigits {
            throw .validation("Attempting to store more than 38 significant digits in a Number")
        }
    }

    /// The number without limit checks, or nil when `text` is not a decimal number.
    static func parse(_ text: String) -> DynamoDBNumber? {
        // Bytes rather than `Character`s: every character a number may hold is ASCII, and any
        // other byte ends the number early and fails it, as a non-ASCII `Character` does.
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> DynamoDBNumber? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func isSign(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") }
        var index = 0
        var isNegative = false
        if index < bytes.count, isSign(bytes[index]) {
            isNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count - index)
        var integerDigits = 0
        var seenPoint = false
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") || isDigit(bytes[index]) {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            digits.append(byte - UInt8(ascii: "0"))
            if !seenPoint { integerDigits += 1 }
        }
        guard !digits.isEmpty else { return nil }
        var power = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, isSign(bytes[index]) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentDigits = bytes[index...]
            guard !exponentDigits.isEmpty, exponentDigits.allSatisfy(isDigit) else { return nil }
            // Clamp absurd exponents: anything this large fails the range check anyway.
            power = exponentDigits.count > 9 ? 999_999_999 : exponentDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if exponentNegative { power = -power }
            index = bytes.count
        }
        guard index == bytes.count else { return nil }
        return DynamoDBNumber(isNegative: isNegative, digits: digits, exponent: integerDigits - 1 + power)
    }
}
