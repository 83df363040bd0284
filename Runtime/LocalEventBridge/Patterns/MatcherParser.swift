import LambdaEvents

/// Reads one entry of a field's array: an exact value, or a one-key object naming a filter.
enum MatcherParser {
    static func matcher(_ entry: JSONValue) throws(EventPatternError) -> ValueMatcher {
        switch entry {
        case .null, .bool, .number, .string:
            return .exactly(entry)
        case .array:
            throw EventPatternError(reason: "Match value must be String, number, true, false, or null")
        case .object(let members):
            guard members.count == 1, let (name, value) = members.first.map({ ($0.key, $0.value) }) else {
                throw EventPatternError(reason: "Only one key allowed in match expression")
            }
            return try filter(named: name, value)
        }
    }

    private static func filter(named name: String, _ value: JSONValue) throws(EventPatternError) -> ValueMatcher {
        switch name {
        case "prefix":
            let (text, ignoringCase) = try affix(value, name: name)
            return .prefix(text, ignoringCase: ignoringCase)
        case "suffix":
            let (text, ignoringCase) = try affix(value, name: name)
            return .suffix(text, ignoringCase: ignoringCase)
        case "equals-ignore-case":
            return .equalsIgnoringCase(try string(value, name: name))
        case "wildcard":
            return .wildcard(try WildcardPattern(try string(value, name: name)))
        case "anything-but":
            return .anythingBut(try AnythingButParser.exclusion(value))
        case "numeric":
            return .numeric(try NumericParser.condition(value))
        case "exists":
            guard case .bool(let exists) = value else {
                throw EventPatternError(reason: "exists match pattern must be either true or false.")
            }
            return .exists(exists)
        case "cidr":
            return .cidr(try CIDRBlock(try string(value, name: name)))
        default:
            throw EventPatternError(reason: "Unrecognized match type \(name)")
        }
    }

    /// A `prefix` or `suffix` value: a string, or `{"equals-ignore-case": string}`.
    private static func affix(_ value: JSONValue, name: String) throws(EventPatternError) -> (String, Bool) {
        if case .string(let text) = value { return (text, false) }
        if case .object(let members) = value, members.count == 1,
           case .string(let text)? = members["equals-ignore-case"] {
            return (text, true)
        }
        throw EventPatternError(reason: "\(name) match pattern must be a string or an equals-ignore-case object")
    }

    static func string(_ value: JSONValue, name: String) throws(EventPatternError) -> String {
        guard case .string(let text) = value else {
            throw EventPatternError(reason: "\(name) match pattern must be a string")
        }
        return text
    }
}
