import LambdaEvents

/// Turns a pattern's JSON into an ``ObjectPattern``, refusing what EventBridge refuses.
enum PatternParser {
    /// How deeply objects, `$or` groups and value lists may nest: far beyond what events need,
    /// far below what parsing and matching, which recurse once per level, can hold on a stack.
    static let maximumDepth = JSONNesting.limit
    static let tooDeep = "The pattern nests more than \(maximumDepth) levels deep"

    /// `depth` is that of `members` in the pattern, the outermost object's being 1.
    static func object(_ members: [String: JSONValue], depth: Int) throws(EventPatternError) -> ObjectPattern {
        guard depth <= maximumDepth else { throw EventPatternError(reason: tooDeep) }
        guard !members.isEmpty else {
            throw EventPatternError(reason: "Empty objects are not allowed")
        }
        var fields: [String: FieldPattern] = [:]
        var alternatives: [[ObjectPattern]] = []
        // Sorted so that the first problem reported does not depend on dictionary order.
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            if name == "$or" {
                alternatives.append(try orGroup(value, depth: depth + 1))
                continue
            }
            switch value {
            case .object(let nested):
                fields[name] = .object(try object(nested, depth: depth + 1))
            case .array(let entries):
                guard !entries.isEmpty else {
                    throw EventPatternError(reason: "Empty arrays are not allowed")
                }
                var matchers: [ValueMatcher] = []
                for entry in entries {
                    matchers.append(try MatcherParser.matcher(entry))
                }
                fields[name] = .values(matchers)
            default:
                throw EventPatternError(reason: "\"\(name)\" must be an object or an array")
            }
        }
        return ObjectPattern(fields: fields, alternatives: alternatives)
    }

    private static func orGroup(_ value: JSONValue, depth: Int) throws(EventPatternError) -> [ObjectPattern] {
        guard case .array(let entries) = value, entries.count >= 2 else {
            throw EventPatternError(reason: "\"$or\" must be an array of at least two objects")
        }
        var alternatives: [ObjectPattern] = []
        for entry in entries {
            guard case .object(let members) = entry else {
                throw EventPatternError(reason: "\"$or\" must be an array of at least two objects")
            }
            alternatives.append(try object(members, depth: depth + 1))
        }
        return alternatives
    }
}
