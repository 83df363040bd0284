#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A DynamoDB number held as its decimal text, exactly as written: up to 38 significant digits,
/// more than `Double` or `Int64` can hold. Use it for amounts and counters that must not round.
///
/// ``DynamoDBItemEncoder`` writes it as `N` with the same text; other encoders (such as
/// `JSONEncoder`) write the text as a JSON string, because they cannot write number text verbatim.
public struct DynamoDBNumber: Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    /// The decimal text, such as `12.50` or `-3E+5`.
    public let text: String

    /// The number a decimal text stands for; `nil` when the text is not a number.
    public init?(_ text: String) {
        guard DecimalText(text) != nil else { return nil }
        self.text = text
    }

    /// An integer's exact text.
    public init(_ value: some BinaryInteger) {
        text = String(value)
    }

    /// The shortest text that reads back as the same `Double` (`0.1`, not `0.1000000000000000055`);
    /// `nil` for infinities and NaN, which DynamoDB cannot store.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        text = Self.shortestText(value.description)
    }

    /// A `Decimal`'s exact text.
    public init(_ value: Decimal) {
        text = value.description
    }

    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Creates a number from a floating-point literal, through `Double`.
    public init(floatLiteral value: Double) {
        text = Self.shortestText(value.description)
    }

    /// The text.
    public var description: String { text }

    /// The value as an `Int` when it is a whole number that fits.
    public var intValue: Int? { DecimalText(text)?.exactInteger() }

    /// The value as an `Int64` when it is a whole number that fits.
    public var int64Value: Int64? { DecimalText(text)?.exactInteger() }

    /// The nearest `Double`.
    public var doubleValue: Double? { Double(text) }

    /// The value as a `Decimal` (38 significant digits, exact for every DynamoDB number).
    public var decimalValue: Decimal? { Decimal(string: text) }

    /// Decodes a JSON string of number text, or a JSON number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let number = DynamoDBNumber(text) {
            self = number
        } else if let value = try? container.decode(Double.self), let number = DynamoDBNumber(value) {
            self = number
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number")
        }
    }

    /// Encodes the text as a string, the one lossless form a general encoder offers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// `1e+20` and `5.0` as Swift prints them become `1e+20` and `5`: DynamoDB accepts both
    /// forms, and the whole-number form reads back as an integer.
    static func shortestText(_ description: String) -> String {
        description.hasSuffix(".0") ? String(description.dropLast(2)) : description
    }
}
