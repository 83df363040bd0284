#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Identifiers that look like API Gateway's and stay the same from run to run for the same input,
/// so that events and logs can be compared across restarts.
enum StableIdentifier {
    /// `length` lowercase letters and digits derived from `seed`, like an API ID (`a1b2c3d4e5`).
    static func alphanumeric(_ seed: String, length: Int) -> String {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        var hash = fnv1a(seed)
        var output = ""
        for _ in 0..<length {
            output.append(alphabet[Int(hash % 36)])
            hash /= 36
            if hash == 0 { hash = fnv1a(seed + output) }
        }
        return output
    }

    /// 16 base64 characters derived from `seed`, like an extended request ID (`BQGojGkbIAMEbCQ=`).
    static func base64(_ seed: String) -> String {
        var bytes: [UInt8] = []
        for value in [fnv1a(seed), fnv1a(seed + "#")] {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }
        return Data(bytes.prefix(11)).base64EncodedString()
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
