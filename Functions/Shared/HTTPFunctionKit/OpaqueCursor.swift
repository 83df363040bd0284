#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The text a paginated route hands out as `cursor`: a few fields as base64url JSON with a
/// checksum, so that a cursor edited by hand, cut short or made up is refused instead of starting
/// a page somewhere arbitrary.
///
/// The checksum detects changes; it is not a signature and proves nothing about who made the
/// cursor. Routes must therefore check that what a cursor names is something the caller may read
/// from anyway (their own partition, a public ranking).
public enum OpaqueCursor {
    /// The longest cursor text read; anything longer is refused unread.
    public static let maximumLength = 1_024

    /// The cursor text for `fields`; `purpose` (such as `requests-1`) keeps one route's cursors
    /// from being accepted by another.
    public static func encode(_ fields: [String], purpose: String) -> String {
        let data = (try? JSONEncoder().encode(fields + [checksum(fields, purpose: purpose)])) ?? Data()
        return data.base64EncodedString().replacing("+", with: "-").replacing("/", with: "_").replacing("=", with: "")
    }

    /// The fields of a cursor made by ``encode(_:purpose:)`` for the same purpose with `count`
    /// fields, or `nil` for any other text.
    public static func decode(_ text: String, purpose: String, count: Int) -> [String]? {
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        var base64 = text.replacing("-", with: "+").replacing("_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
              var fields = try? JSONDecoder().decode([String].self, from: data),
              fields.count == count + 1
        else { return nil }
        let sum = fields.removeLast()
        return sum == checksum(fields, purpose: purpose) ? fields : nil
    }

    /// FNV-1a (64 bits) over the purpose and the fields, in hex.
    static func checksum(_ fields: [String], purpose: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ([purpose] + fields).joined(separator: "|").utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
