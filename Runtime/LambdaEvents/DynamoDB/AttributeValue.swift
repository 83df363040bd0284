#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One DynamoDB attribute value, Codable as DynamoDB JSON: an object with exactly one type key,
/// such as `{"S":"hello"}`, `{"N":"1.50"}` or `{"M":{"id":{"S":"a"}}}`.
///
/// Numbers are kept as DynamoDB's decimal text (up to 38 significant digits), never converted to
/// a binary floating-point value, so `"1.50"` stays `"1.50"`. Equality compares that text.
public indirect enum AttributeValue: Sendable, Hashable {
    /// A string (`S`).
    case string(String)
    /// A number, as its decimal text (`N`).
    case number(String)
    /// Bytes, base64 on the wire (`B`).
    case binary(Data)
    /// A set of strings (`SS`).
    case stringSet([String])
    /// A set of numbers, each as its decimal text (`NS`).
    case numberSet([String])
    /// A set of byte strings, each base64 on the wire (`BS`).
    case binarySet([Data])
    /// A map of named values (`M`).
    case map([String: AttributeValue])
    /// An ordered list of values of any type (`L`).
    case list([AttributeValue])
    /// The null value (`NULL`), written `{"NULL":true}`.
    case null
    /// A boolean (`BOOL`).
    case bool(Bool)
}
