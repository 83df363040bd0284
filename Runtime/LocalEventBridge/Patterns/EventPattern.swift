import Foundation
import LambdaEvents

/// An EventBridge event pattern: which events a rule on a bus lets through.
///
/// Parse a pattern once with ``init(json:)-(String)`` and ask ``matches(event:)-(JSONValue)`` for each
/// event put on the bus. Fields are joined by AND, the values listed for a field by OR, and
/// `$or` joins whole sub-patterns by OR.
public struct EventPattern: Sendable, Hashable {
    /// The longest pattern `PutRule` accepts, in characters (its `EventPattern` member's limit).
    public static let maximumLength = 4_096

    let root: ObjectPattern

    /// Parses a pattern from its JSON text.
    /// - Throws: ``EventPatternError`` when the text is not JSON or not a valid pattern.
    public init(json: String) throws(EventPatternError) {
        try self.init(json: Data(json.utf8))
    }

    /// Parses a pattern from JSON bytes.
    /// - Throws: ``EventPatternError`` when the bytes are not JSON or not a valid pattern.
    public init(json: Data) throws(EventPatternError) {
        let length = String(decoding: json, as: UTF8.self).count
        guard length <= Self.maximumLength else {
            throw EventPatternError(
                reason: "The pattern is \(length) characters long; an event pattern can be at most \(Self.maximumLength)")
        }
        // Decoding recurses once per level: too deep a pattern is refused before it starts.
        guard !JSONNesting.exceeds(PatternParser.maximumDepth, in: json) else {
            throw EventPatternError(reason: PatternParser.tooDeep)
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: json)
        } catch {
            throw EventPatternError(reason: "The pattern is not well-formed JSON")
        }
        try self.init(value)
    }

    /// Parses a pattern already read as JSON.
    /// - Throws: ``EventPatternError`` when the value is not a valid pattern.
    public init(_ pattern: JSONValue) throws(EventPatternError) {
        guard case .object(let members) = pattern else {
            throw EventPatternError(reason: "Filter is not an object")
        }
        root = try PatternParser.object(members, depth: 1)
    }

    /// Whether the event, as sent to `PutEvents` (with `source`, `detail-type`, `detail` and the
    /// other envelope fields), matches the pattern.
    public func matches(event: JSONValue) -> Bool {
        root.matches(event)
    }

    /// Whether the event in JSON bytes matches the pattern.
    /// - Throws: `DecodingError` when the bytes are not JSON, or nest more than
    ///   `JSONNesting.limit` levels deep.
    public func matches(event: Data) throws -> Bool {
        guard !JSONNesting.exceeds(in: event) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [], debugDescription: "The event nests more than \(JSONNesting.limit) levels deep"))
        }
        return matches(event: try JSONDecoder().decode(JSONValue.self, from: event))
    }
}
