/// A stream record's sequence number, compared as the number it is.
///
/// DynamoDB Streams writes sequence numbers as 21 to 40 decimal digits that grow with every
/// change of a partition key; as text they do not always sort (a longer number can start with a
/// smaller digit), so they are compared by length first once leading zeros are gone.
public struct StreamSequence: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits without leading zeros ("0" for zero).
    public let digits: String

    /// Reads a sequence number; `nil` when it is empty or not all digits.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let trimmed = text.drop { $0 == "0" }
        digits = trimmed.isEmpty ? "0" : String(trimmed)
    }

    public var description: String { digits }

    public static func < (lhs: StreamSequence, rhs: StreamSequence) -> Bool {
        lhs.digits.count != rhs.digits.count ? lhs.digits.count < rhs.digits.count : lhs.digits < rhs.digits
    }
}
