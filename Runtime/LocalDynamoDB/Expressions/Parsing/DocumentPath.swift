/// A path to an attribute, possibly nested: `a.b[3].c` is `a`, `b`, element 3, `c`. Names are
/// already resolved from `#aliases`.
public struct DocumentPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Element: Sendable, Hashable {
        /// A top-level attribute or a map member, by name.
        case attribute(String)
        /// A list element, by zero-based index.
        case index(Int)
    }

    /// The steps from the item down; never empty, and always starting with an attribute.
    public var elements: [Element]

    /// Creates a path from its steps.
    public init(_ elements: [Element]) {
        self.elements = elements
    }

    /// A path to one top-level attribute.
    public init(attribute name: String) {
        self.elements = [.attribute(name)]
    }

    /// The top-level attribute the path starts at.
    public var topLevelName: String {
        guard case .attribute(let name) = elements.first else { return "" }
        return name
    }

    /// DynamoDB's rendering in overlap errors: `[a, b, [3]]`.
    public var description: String {
        let parts = elements.map { element -> String in
            switch element {
            case .attribute(let name): name
            case .index(let index): "[\(index)]"
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
