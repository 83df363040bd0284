import Foundation
import LambdaEvents

/// What a rule sends its target: the matched event (the default), constant JSON (`Input`), or a
/// part of the event (`InputPath`, such as `$.detail`).
public enum RuleInput: Sendable, Hashable {
    case matchedEvent
    case constant(String)
    case path([String])

    /// Reads `InputPath`: `$` or `$.a.b`; other JSONPath forms are refused.
    public static func path(_ text: String) throws(RuleDefinitionError) -> RuleInput {
        guard text == "$" || text.hasPrefix("$.") else {
            throw RuleDefinitionError("InputPath \(text) must be $ or start with $.")
        }
        let keys = text == "$" ? [] : text.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else { throw RuleDefinitionError("InputPath \(text) has an empty member name") }
        return .path(keys)
    }

    /// The bytes the target receives for `event`.
    func payload(for event: BusEvent) -> Data {
        switch self {
        case .matchedEvent:
            return event.json
        case .constant(let text):
            return Data(text.utf8)
        case .path(let keys):
            if keys.isEmpty { return event.json }
            if keys == ["detail"] { return Data(event.detailText.utf8) }
            var value: JSONValue? = event.envelope
            for key in keys { value = value?[key] }
            // A path to nothing sends nothing, which a function receives as null.
            return (try? JSONEncoder().encode(value ?? .null)) ?? Data("null".utf8)
        }
    }
}
