extension AttributeValue: ExpressibleByStringLiteral {
    /// Creates an `S` value from a string literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension AttributeValue: ExpressibleByIntegerLiteral {
    /// Creates an `N` value from an integer literal.
    public init(integerLiteral value: Int) {
        self = .number(String(value))
    }
}

extension AttributeValue: ExpressibleByBooleanLiteral {
    /// Creates a `BOOL` value from `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension AttributeValue: ExpressibleByNilLiteral {
    /// Creates the `NULL` value from `nil`.
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension AttributeValue: ExpressibleByArrayLiteral {
    /// Creates an `L` value from an array literal.
    public init(arrayLiteral elements: AttributeValue...) {
        self = .list(elements)
    }
}

extension AttributeValue: ExpressibleByDictionaryLiteral {
    /// Creates an `M` value from a dictionary literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
