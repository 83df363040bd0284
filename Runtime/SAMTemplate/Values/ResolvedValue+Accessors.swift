extension ResolvedValue {
    /// The value under `key` when this is a mapping.
    public subscript(key: String) -> ResolvedValue? {
        map?[key]
    }

    /// The element at `index` when this is a list and the index is in range.
    public subscript(index: Int) -> ResolvedValue? {
        guard let list, list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// The text of a string, or of a number (CloudFormation treats numbers as text).
    public var string: String? {
        switch self {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    /// The text CloudFormation gives a scalar where a string is expected: strings as they are,
    /// numbers as written, booleans as `true`/`false`; `nil` for anything else.
    public var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    /// The whole number held by a number or a string such as `"10"`.
    public var int: Int? {
        string.flatMap { Int($0) }
    }

    /// The number held by a number or a numeric string.
    public var double: Double? {
        string.flatMap { Double($0) }
    }

    /// The boolean held by a boolean or by the strings `true`/`false` (any case).
    public var bool: Bool? {
        switch self {
        case .bool(let flag): flag
        case .string(let text):
            switch text.lowercased() {
            case "true": true
            case "false": false
            default: nil
            }
        default: nil
        }
    }

    /// The elements when this is a list.
    public var list: [ResolvedValue]? {
        if case .list(let elements) = self { return elements }
        return nil
    }

    /// The entries when this is a mapping.
    public var map: [String: ResolvedValue]? {
        if case .map(let entries) = self { return entries }
        return nil
    }

    /// The texts of a list whose elements are all strings or numbers.
    public var stringList: [String]? {
        guard let list else { return nil }
        var texts: [String] = []
        for element in list {
            guard let text = element.scalarText else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }

    /// Why this value could not be resolved, when it could not.
    public var unresolved: UnresolvedValue? {
        if case .unresolved(let marker) = self { return marker }
        return nil
    }

    /// Whether this value could not be resolved locally.
    public var isUnresolved: Bool { unresolved != nil }
}
