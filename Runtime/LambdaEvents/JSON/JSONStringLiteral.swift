/// Writes a string as a JSON string literal, for JSON that is put together by hand.
///
/// Hand-written JSON is for paths that must never fail or allocate an encoder: error reports, log
/// lines, protocol errors. The escaping is ``JSONString``'s, with slashes left as they are.
public enum JSONStringLiteral {
    /// The string quoted and escaped: `say "hi"` becomes `"say \"hi\""`.
    public static func quote(_ string: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 2)
        JSONString.write(string, to: &bytes, escapingSlashes: false)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the quoted and escaped string to `output`.
    public static func append(_ string: String, to output: inout String) {
        output += quote(string)
    }
}
