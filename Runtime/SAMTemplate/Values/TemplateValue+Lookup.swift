extension TemplateValue {
    /// The value under `key` when this is a mapping; the last one wins if a key repeats.
    public subscript(key: String) -> TemplateValue? {
        guard case .map(let entries) = kind else { return nil }
        return entries.last { $0.key == key }?.value
    }

    /// The entry for `key` when this is a mapping; the last one wins if a key repeats.
    public func entry(_ key: String) -> Entry? {
        entries?.last { $0.key == key }
    }

    /// The entries when this is a mapping.
    public var entries: [Entry]? {
        if case .map(let entries) = kind { return entries }
        return nil
    }

    /// The elements when this is a sequence.
    public var elements: [TemplateValue]? {
        if case .list(let elements) = kind { return elements }
        return nil
    }

    /// The text when this is a string or a number.
    public var text: String? {
        switch kind {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    /// Whether this is `null` or an empty value.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}
