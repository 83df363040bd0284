#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// Encodes a Swift `Encodable` value as a DynamoDB item.
///
/// Structs and dictionaries become maps (`M`), arrays lists (`L`), strings `S`, booleans `BOOL`,
/// `Data` `B`, `nil` (when encoded explicitly) `NULL`. Numbers become `N` with exact decimal
/// text: integers as written, `Double` and `Float` as the shortest text that reads back the same,
/// `Decimal` and ``DynamoDBNumber`` as their own text. A `Set` of strings, numbers or bytes
/// becomes `SS`, `NS` or `BS`; an empty set is left out, since DynamoDB has none. Optional
/// properties that are `nil` are left out, as the synthesized `Codable` code does.
///
/// ```swift
/// let item = try DynamoDBItemEncoder().encode(order)
/// ```
public struct DynamoDBItemEncoder: Sendable {
    /// How dates are written.
    public enum DateEncodingStrategy: Sendable {
        /// ISO 8601 text in UTC with milliseconds (`S`), such as `2024-05-01T12:00:00.000Z`; sorts as it reads.
        case iso8601
        /// Seconds since 1970 (`N`), the form DynamoDB's time to live reads.
        case secondsSince1970
        /// Milliseconds since 1970 (`N`).
        case millisecondsSince1970
    }

    /// How dates are written; ISO 8601 text by default.
    public var dateEncodingStrategy: DateEncodingStrategy

    /// Creates an encoder.
    public init(dateEncodingStrategy: DateEncodingStrategy = .iso8601) {
        self.dateEncodingStrategy = dateEncodingStrategy
    }

    /// The item `value` encodes to.
    /// - Throws: `EncodingError` when the value is not a map at the top (a struct, class or
    ///   dictionary), or holds a number DynamoDB cannot store (infinity, NaN).
    public func encode(_ value: some Encodable) throws -> DynamoDBItem {
        guard case .map(let item) = try encodeAttribute(value) else {
            throw EncodingError.invalidValue(value, .init(
                codingPath: [], debugDescription: "an item must encode to a map (a struct, class or dictionary)"))
        }
        return item
    }

    /// The attribute value `value` encodes to, for `ExpressionAttributeValues` and keys.
    public func encodeAttribute(_ value: some Encodable) throws -> AttributeValue {
        let node = try AttributeEncoder(options: self, codingPath: []).box(value)
        return node.resolve() ?? .null
    }
}
