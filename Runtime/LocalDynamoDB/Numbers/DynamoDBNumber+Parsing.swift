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
        var characters = Substring(text)
        var isNegative = false
        if let sign = characters.first, sign == "-" || sign == "+" {
            isNegative = sign == "-"
            characters = characters.dropFirst()
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        while let character = characters.first, character == "." || character.isASCII && character.isNumber {
            characters = characters.dropFirst()
            if character == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            digits.append(UInt8(character.asciiValue! - 48))
            if !seenPoint { integerDigits += 1 }
        }
        guard !digits.isEmpty else { return nil }
        var power = 0
        if let marker = characters.first, marker == "e" || marker == "E" {
            characters = characters.dropFirst()
            var exponentNegative = false
            if let sign = characters.first, sign == "-" || sign == "+" {
                exponentNegative = sign == "-"
                characters = characters.dropFirst()
            }
            guard !characters.isEmpty, characters.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            // Clamp absurd exponents: anything this large fails the range check anyway.
            power = characters.count > 9 ? 999_999_999 : Int(characters) ?? 0
            if exponentNegative { power = -power }
            characters = characters.dropFirst(characters.count)
        }
        guard characters.isEmpty else { return nil }
        return DynamoDBNumber(isNegative: isNegative, digits: digits, exponent: integerDigits - 1 + power)
    }
}
