extension DynamoDBNumber: CustomStringConvertible {
    /// The canonical text DynamoDB returns for a stored number: plain notation without exponent,
    /// no leading zeros, no trailing fractional zeros (`1.50` → `1.5`, `1E+2` → `100`, `-0` → `0`).
    public var description: String {
        guard !isZero else { return "0" }
        let text = digits.map { String($0) }.joined()
        var result: String
        if exponent >= digits.count - 1 {
            result = text + String(repeating: "0", count: exponent - (digits.count - 1))
        } else if exponent >= 0 {
            let split = text.index(text.startIndex, offsetBy: exponent + 1)
            result = text[..<split] + "." + text[split...]
        } else {
            result = "0." + String(repeating: "0", count: -exponent - 1) + text
        }
        if isNegative { result = "-" + result }
        return result
    }

    /// The canonical text of a valid number text, or the text unchanged when it does not parse.
    public static func canonical(_ text: String) -> String {
        parse(text)?.description ?? text
    }
}
