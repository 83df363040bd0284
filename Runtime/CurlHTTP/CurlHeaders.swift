/// HTTP header fields in the order they arrived, looked up without regard to case.
public struct CurlHeaders: Sendable, Sequence {
    /// The fields as name and value pairs, names as the peer spelled them.
    public private(set) var fields: [(name: String, value: String)] = []
    /// The names in lowercase, kept beside the fields so that a lookup lowercases only its query.
    private var lowercasedNames: [String] = []

    /// Creates an empty set of fields.
    public init() {}

    /// Creates fields from name and value pairs.
    public init(_ fields: [(String, String)]) {
        for (name, value) in fields { append(name: name, value: value) }
    }

    /// Appends a field, keeping any earlier field of the same name.
    public mutating func append(name: String, value: String) {
        fields.append((name: name, value: value))
        lowercasedNames.append(name.lowercased())
    }

    /// The value of the first field with this name, compared case-insensitively.
    public subscript(name: String) -> String? {
        let wanted = name.lowercased()
        guard let index = lowercasedNames.firstIndex(of: wanted) else { return nil }
        return fields[index].value
    }

    /// Iterates the fields in arrival order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }
}
