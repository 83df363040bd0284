extension DynamoDBNumber: CustomStringConvertible {
    /// The canonical text DynamoDB returns for a stored number: plain notation without exponent,
    /// no leading zeros, no trailing fractional zeros (`1.50` → `1.5`, `1E+2` → `100`, `-0` → `0`).
    public var description: String {
        guard !isZero else { return "0" }
        // Built as bytes: this runs for every number written, and per-digit strings cost.
        var text: [UInt8] = []
        text.reserveCapacity(digits.count + min(abs(exponent), 64) + 3)
        func append(_ digits: ArraySlice<UInt8>) {
            for digit in digits {
                if digit < 10 { text.append(UInt8(ascii: "0") + digit) } else { text.append(contentsOf: String(digit).utf8) }
            }
        }
        if isNegative { text.append(UInt8(ascii: "-")) }
        if exponent >= digits.count - 1 {
            append(digits[...])
            text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent - (digits.count - 1)))
        } else if exponent >= 0 {
            append(digits[..<(exponent + 1)])
            text.append(UInt8(ascii: "."))
            append(digits[(exponent + 1)...])
        } else {
            text.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
            text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -exponent - 1))
            append(digits[...])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The canonical text of a valid number text, or the text unchanged when it does not parse.
    public static func canonical(_ text: String) -> String {
        parse(text)?.description ?? text
    }
}
