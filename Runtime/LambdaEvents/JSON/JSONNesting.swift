/// How deeply JSON text nests arrays and objects, read without parsing it.
///
/// Decoding into ``JSONValue`` recurses once per level, with frames large enough in a debug build
/// that about 200 levels overflow the 512 KB stack of a concurrency pool thread, while Foundation's
/// parser lets 512 through. Checking the text first keeps untrusted input from getting that far.
public enum JSONNesting {
    /// The deepest nesting read from untrusted text: far more than events and patterns use, far
    /// less than a pool thread's stack holds.
    public static let limit = 64

    /// Whether `text` nests arrays and objects more than `limit` levels deep. Brackets inside
    /// strings do not count; text that is not JSON is left for the parser to refuse.
    public static func exceeds(_ limit: Int = limit, in text: some Sequence<UInt8>) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in text {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return false
    }
}
