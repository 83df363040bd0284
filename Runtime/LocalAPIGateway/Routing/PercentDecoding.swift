/// Percent-decoding of path segments and query string parts.
enum PercentDecoding {
    /// The text with `%XX` escapes decoded. An escape that is not two hex digits stays as written,
    /// and so does the whole text when the decoded bytes are not UTF-8: odd input passes through
    /// rather than failing the request.
    static func decode(_ text: some StringProtocol) -> String {
        // Most parts have no escape at all; looking for one byte is cheaper than for a character.
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
               let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return String(validating: output, as: UTF8.self) ?? String(text)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
