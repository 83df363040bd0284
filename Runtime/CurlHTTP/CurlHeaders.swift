/// HTTP header fields in the order they arrived, looked up without regard to case.
public struct CurlHeaders: Sendable, Sequence {
    /// The fields as name and value pairs, names as the peer spelled them.
    public private(set) var fields: [(name: String, value: String)] = []

    /// Creates an empty set of fields.
    public init() {}

    /// Creates fields from name and value pairs.
    public init(_ fields: [(String, String)]) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
    }

    /// Appends a field, keeping any earlier field of the same name.
    public mutating func append(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// The value of the first field with this name, compared case-insensitively.
    public subscript(name: String) -> String? {
        for field in fields where field.name.utf8.count == name.utf8.count {
            if field.name.lowercased() == name.lowercased() { return field.value }
        }
        return nil
    }

    /// Iterates the fields in arrival order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }
}
