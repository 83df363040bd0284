import LambdaEvents

/// One entry in the array a pattern gives for a field: an exact value or a content filter.
enum ValueMatcher: Sendable, Hashable {
    case exactly(JSONValue)
    case prefix(String, ignoringCase: Bool)
    case suffix(String, ignoringCase: Bool)
    case equalsIgnoringCase(String)
    case wildcard(WildcardPattern)
    case anythingBut(AnythingBut)
    case numeric(NumericCondition)
    case exists(Bool)
    case cidr(CIDRBlock)

    /// Whether the matcher is satisfied by a field that is missing or holds no leaf value.
    var matchesAbsentField: Bool {
        self == .exists(false)
    }

    func matches(_ leaf: JSONValue) -> Bool {
        switch self {
        case .exactly(let expected):
            return Self.equal(expected, leaf)
        case .prefix(let prefix, let ignoringCase):
            guard let text = leaf.stringValue else { return false }
            return ignoringCase ? text.caseFolded.hasPrefix(prefix.caseFolded) : text.hasPrefix(prefix)
        case .suffix(let suffix, let ignoringCase):
            guard let text = leaf.stringValue else { return false }
            return ignoringCase ? text.caseFolded.hasSuffix(suffix.caseFolded) : text.hasSuffix(suffix)
        case .equalsIgnoringCase(let expected):
            guard let text = leaf.stringValue else { return false }
            return text.caseFolded == expected.caseFolded
        case .wildcard(let pattern):
            guard let text = leaf.stringValue else { return false }
            return pattern.matches(text)
        case .anythingBut(let exclusion):
            return !exclusion.excludes(leaf)
        case .numeric(let condition):
            guard let number = leaf.doubleValue else { return false }
            return condition.contains(number)
        case .exists(let exists):
            return exists
        case .cidr(let block):
            guard let text = leaf.stringValue else { return false }
            return block.contains(text)
        }
    }

    /// Exact equality, except that numbers compare by value so that `5` matches `5.0`.
    static func equal(_ expected: JSONValue, _ actual: JSONValue) -> Bool {
        if case .number(let left) = expected, case .number(let right) = actual {
            return left == right
        }
        return expected == actual
    }
}

extension String {
    /// The string with case differences removed, for the `equals-ignore-case` family.
    var caseFolded: String { lowercased() }
}
