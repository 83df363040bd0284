/// A number's decimal text split into sign, significant digits and a power of ten, so that
/// integers can be read from any spelling DynamoDB may use (`42`, `42.0`, `4.2E+1`) without
/// passing through a binary floating-point value.
struct DecimalText {
    var isNegative: Bool
    /// The digits, most significant first, without leading zeros; empty for zero.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int

    /// Parses `[+-]digits[.digits][(e|E)[+-]digits]`; `nil` for anything else.
    init?(_ text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var digits: [UInt8] = []
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            sawDigit = true
            if sawPoint { exponent -= 1 }
            if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - UInt8(ascii: "0")) }
        }
        guard sawDigit else { return nil }
        if !bytes.isEmpty {
            guard let power = Int(String(Substring(bytes.dropFirst()))), abs(power) < 10_000 else { return nil }
            exponent += power
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        isNegative = negative
        self.digits = digits
        self.exponent = digits.isEmpty ? 0 : exponent
    }

    /// The value as `Integer` when it is a whole number that fits; `nil` otherwise.
    func exactInteger<Integer: FixedWidthInteger>(as type: Integer.Type = Integer.self) -> Integer? {
        guard exponent >= 0, digits.count + exponent <= 40 else { return digits.isEmpty ? 0 : nil }
        if isNegative, !Integer.isSigned, !digits.isEmpty { return nil }
        var value: Integer = 0
        for digit in digits + [UInt8](repeating: 0, count: exponent) {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            // Negative values are built downwards so that the minimum of a signed type fits.
            let (next, carry) = isNegative
                ? shifted.subtractingReportingOverflow(Integer(digit)) : shifted.addingReportingOverflow(Integer(digit))
            guard !carry else { return nil }
            value = next
        }
        return value
    }
}
