import LambdaEvents

/// What an `anything-but` filter excludes; every other value of the field matches.
enum AnythingBut: Sendable, Hashable {
    case values([JSONValue])
    case prefix(String)
    case suffix(String)
    case equalsIgnoringCase([String])
    case wildcard([WildcardPattern])

    /// Whether the leaf is one of the excluded values. Only strings can start with, end with or
    /// look like a string, so the string forms never exclude a number, a bool or `null`.
    func excludes(_ leaf: JSONValue) -> Bool {
        switch self {
        case .values(let values):
            return values.contains { ValueMatcher.equal($0, leaf) }
        case .prefix(let prefix):
            return leaf.stringValue?.hasPrefix(prefix) ?? false
        case .suffix(let suffix):
            return leaf.stringValue?.hasSuffix(suffix) ?? false
        case .equalsIgnoringCase(let values):
            guard let text = leaf.stringValue?.caseFolded else { return false }
            return values.contains { $0.caseFolded == text }
        case .wildcard(let patterns):
            guard let text = leaf.stringValue else { return false }
            return patterns.contains { $0.matches(text) }
        }
    }
}
