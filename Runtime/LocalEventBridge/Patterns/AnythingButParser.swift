import LambdaEvents

/// Reads the value of `anything-but`: a string or number, a list of them, or one of the objects
/// `{"prefix": }`, `{"suffix": }`, `{"equals-ignore-case": }` and `{"wildcard": }`.
enum AnythingButParser {
    static func exclusion(_ value: JSONValue) throws(EventPatternError) -> AnythingBut {
        switch value {
        case .string, .number:
            return .values([value])
        case .array(let entries):
            guard !entries.isEmpty else {
                throw EventPatternError(reason: "Empty arrays are not allowed")
            }
            for entry in entries {
                switch entry {
                case .string, .number: continue
                default: throw EventPatternError(reason: "Inside anything but list, only strings and numbers are supported.")
                }
            }
            return .values(entries)
        case .object(let members):
            guard members.count == 1, let (name, inner) = members.first.map({ ($0.key, $0.value) }) else {
                throw EventPatternError(reason: "Only one key allowed in anything-but match expression")
            }
            return try operatorExclusion(named: name, inner)
        case .null, .bool:
            throw EventPatternError(reason: "Value of anything-but must be an array or single string/number value.")
        }
    }

    private static func operatorExclusion(named name: String, _ value: JSONValue) throws(EventPatternError) -> AnythingBut {
        switch name {
        case "prefix":
            return .prefix(try MatcherParser.string(value, name: "prefix"))
        case "suffix":
            return .suffix(try MatcherParser.string(value, name: "suffix"))
        case "equals-ignore-case":
            return .equalsIgnoringCase(try strings(value, name: name))
        case "wildcard":
            var patterns: [WildcardPattern] = []
            for text in try strings(value, name: name) {
                patterns.append(try WildcardPattern(text))
            }
            return .wildcard(patterns)
        default:
            throw EventPatternError(reason: "Unsupported anything-but pattern: \(name)")
        }
    }

    /// A string or a non-empty list of strings.
    private static func strings(_ value: JSONValue, name: String) throws(EventPatternError) -> [String] {
        if case .string(let text) = value { return [text] }
        if case .array(let entries) = value, !entries.isEmpty {
            let texts = entries.compactMap(\.stringValue)
            if texts.count == entries.count { return texts }
        }
        throw EventPatternError(reason: "\(name) match pattern must be a string or a list of strings")
    }
}
