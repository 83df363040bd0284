import LambdaEvents

/// The part of a pattern that stands for a JSON object: conditions on its fields, all of which
/// must hold, and `$or` groups, each of which needs one alternative to hold.
struct ObjectPattern: Sendable, Hashable {
    var fields: [String: FieldPattern]
    var alternatives: [[ObjectPattern]]

    func matches(_ value: JSONValue?) -> Bool {
        // An array of objects matches when one element satisfies every condition on its own, so
        // fields from two different elements never combine into a match.
        if case .array(let elements) = value {
            return elements.contains { matches($0) }
        }
        let members = value?.objectValue
        for (name, field) in fields where !field.matches(members?[name]) {
            return false
        }
        return alternatives.allSatisfy { group in group.contains { $0.matches(value) } }
    }
}

/// What a pattern asks of one field: a nested object pattern, or a list of values and operators.
enum FieldPattern: Sendable, Hashable {
    case object(ObjectPattern)
    case values([ValueMatcher])

    func matches(_ value: JSONValue?) -> Bool {
        switch self {
        case .object(let pattern):
            return pattern.matches(value)
        case .values(let matchers):
            let leaves = Self.leaves(of: value)
            if leaves.isEmpty {
                return matchers.contains { $0.matchesAbsentField }
            }
            return leaves.contains { leaf in matchers.contains { $0.matches(leaf) } }
        }
    }

    /// The leaf values a field holds: itself, or the elements of an array (arrays in arrays too).
    /// Objects are not leaves, which is why `exists` treats a field holding an object as absent.
    private static func leaves(of value: JSONValue?) -> [JSONValue] {
        switch value {
        case nil, .object?: return []
        case .array(let elements)?: return elements.flatMap { leaves(of: $0) }
        case let leaf?: return [leaf]
        }
    }
}
