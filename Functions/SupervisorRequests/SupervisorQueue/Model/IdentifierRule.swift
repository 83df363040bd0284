/// The rule store and request ids follow: 1 to 64 letters, digits, `-` or `_`. Nothing else may
/// appear, so that an id can never contain the `#` that separates the parts of a sort key.
enum IdentifierRule {
    static let lengths = 1...64

    static func isValid(_ text: String) -> Bool {
        lengths.contains(text.count) && text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    static let explanation = "1 to 64 letters, digits, '-' or '_'"
}
