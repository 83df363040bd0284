#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// Decodes a Swift `Decodable` value from a DynamoDB item, the inverse of ``DynamoDBItemEncoder``.
///
/// Integers are read from the number's decimal text exactly (`42`, `42.0` and `4.2E+1` are all
/// 42; `42.5` is an error, never a rounding); `Decimal` and ``DynamoDBNumber`` keep every digit.
/// Arrays read lists and sets alike; a missing or `NULL` attribute is `nil` for an optional,
/// and a missing set attribute is an empty `Set`.
///
/// ```swift
/// let order = try DynamoDBItemDecoder().decode(Order.self, from: item)
/// ```
public struct DynamoDBItemDecoder: Sendable {
    /// How dates are read.
    public enum DateDecodingStrategy: Sendable {
        /// ISO 8601 text (`S`), with or without fractional seconds.
        case iso8601
        /// Seconds since 1970 (`N`).
        case secondsSince1970
        /// Milliseconds since 1970 (`N`).
        case millisecondsSince1970
    }

    /// How dates are read; ISO 8601 text by default.
    public var dateDecodingStrategy: DateDecodingStrategy

    /// Creates a decoder.
    public init(dateDecodingStrategy: DateDecodingStrategy = .iso8601) {
        self.dateDecodingStrategy = dateDecodingStrategy
    }

    /// Decodes `type` from an item.
    /// - Throws: `DecodingError` naming the attribute path when an attribute is missing or of
    ///   another type, or a number does not fit.
    public func decode<Value: Decodable>(_ type: Value.Type = Value.self, from item: DynamoDBItem) throws -> Value {
        try decode(type, fromAttribute: .map(item))
    }

    /// Decodes `type` from a single attribute value.
    public func decode<Value: Decodable>(_ type: Value.Type = Value.self, fromAttribute value: AttributeValue) throws
        -> Value
    {
        try AttributeDecoder(value: value, options: self, codingPath: []).unbox(value, as: type, at: nil)
    }
}
