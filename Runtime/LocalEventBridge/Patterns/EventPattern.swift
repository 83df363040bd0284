import Foundation
import LambdaEvents

/// An EventBridge event pattern: which events a rule on a bus lets through.
///
/// Parse a pattern once with ``init(json:)-(String)`` and ask ``matches(event:)-(JSONValue)`` for each
/// event put on the bus. Fields are joined by AND, the values listed for a field by OR, and
/// `$or` joins whole sub-patterns by OR.
public struct EventPattern: Sendable, Hashable {
    let root: ObjectPattern

    /// Parses a pattern from its JSON text.
    /// - Throws: ``EventPatternError`` when the text is not JSON or not a valid pattern.
    public init(json: String) throws(EventPatternError) {
        try self.init(json: Data(json.utf8))
    }

    /// Parses a pattern from JSON bytes.
    /// - Throws: ``EventPatternError`` when the bytes are not JSON or not a valid pattern.
    public init(json: Data) throws(EventPatternError) {
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
        root = try PatternParser.object(members)
    }

    /// Whether the event, as sent to `PutEvents` (with `source`, `detail-type`, `detail` and the
    /// other envelope fields), matches the pattern.
    public func matches(event: JSONValue) -> Bool {
        root.matches(event)
    }

    /// Whether the event in JSON bytes matches the pattern.
    /// - Throws: `DecodingError` when the bytes are not JSON.
    public func matches(event: Data) throws -> Bool {
        matches(event: try JSONDecoder().decode(JSONValue.self, from: event))
    }
}
