import LambdaEvents

extension ProjectionExpression {
    /// The parts of `item` the paths name, in their original structure: map members stay under their
    /// map, and projected list elements keep their relative order in a shorter list (`l[3]` alone
    /// gives a one-element list), as DynamoDB returns them. Missing paths are left out.
    public func apply(to item: DynamoDBItem) -> DynamoDBItem {
        var root = ProjectedNode.members([:])
        for path in paths {
            guard let value = path.value(in: item) else { continue }
            root.insert(value, at: path.elements[...])
        }
        guard case .members(let members) = root else { return [:] }
        return members.mapValues(\.value)
    }
}

/// The projection being assembled: leaves are whole values, inner nodes remember which map keys
/// or list positions were asked for.
private indirect enum ProjectedNode {
    case leaf(AttributeValue)
    case members([String: ProjectedNode])
    case elements([Int: ProjectedNode])

    /// Adds `value` at `steps`, editing each node in place: the node is moved out of `self` first,
    /// so its dictionary is not copied for every path (which made long projections quadratic).
    mutating func insert(_ value: AttributeValue, at steps: ArraySlice<DocumentPath.Element>) {
        guard let step = steps.first else {
            self = .leaf(value)
            return
        }
        let rest = steps.dropFirst()
        switch step {
        case .attribute(let key):
            // Paths were checked for conflicts, so a step always meets its own kind of node.
            guard var members = takeMembers() else { return }
            members[key, default: Self.empty(for: rest.first)].insert(value, at: rest)
            self = .members(members)
        case .index(let position):
            guard var elements = takeElements() else { return }
            elements[position, default: Self.empty(for: rest.first)].insert(value, at: rest)
            self = .elements(elements)
        }
    }

    /// The members, moved out with `self` left a leaf, so they are the only reference to their
    /// storage; nil, and `self` untouched, for another kind of node.
    private mutating func takeMembers() -> [String: ProjectedNode]? {
        guard case .members = self else { return nil }
        var taken = ProjectedNode.leaf(.null)
        swap(&self, &taken)
        guard case .members(let members) = consume taken else { return nil }
        return members
    }

    /// The elements, moved out as ``takeMembers()`` moves members.
    private mutating func takeElements() -> [Int: ProjectedNode]? {
        guard case .elements = self else { return nil }
        var taken = ProjectedNode.leaf(.null)
        swap(&self, &taken)
        guard case .elements(let elements) = consume taken else { return nil }
        return elements
    }

    static func empty(for step: DocumentPath.Element?) -> ProjectedNode {
        switch step {
        case .index?: .elements([:])
        default: .members([:])
        }
    }

    var value: AttributeValue {
        switch self {
        case .leaf(let value): value
        case .members(let members): .map(members.mapValues(\.value))
        case .elements(let elements): .list(elements.keys.sorted().map { elements[$0]!.value })
        }
    }
}
