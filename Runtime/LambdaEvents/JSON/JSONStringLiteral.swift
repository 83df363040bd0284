/// Writes a string as a JSON string literal, for JSON that is put together by hand.
///
/// Hand-written JSON is for paths that must never fail or allocate an encoder: error reports, log
/// lines, protocol errors. The escaping is the minimal set JSON requires.
public enum JSONStringLiteral {
    /// The string quoted and escaped: `say "hi"` becomes `"say \"hi\""`.
    public static func quote(_ string: String) -> String {
        var output = ""
        append(string, to: &output)
        return output
    }

    /// Appends the quoted and escaped string to `output`.
    public static func append(_ string: String, to output: inout String) {
        output.reserveCapacity(output.utf8.count + string.utf8.count + 2)
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
