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

    mutating func insert(_ value: AttributeValue, at steps: ArraySlice<DocumentPath.Element>) {
        guard let step = steps.first else {
            self = .leaf(value)
            return
        }
        switch (step, self) {
        case (.attribute(let key), .members(var members)):
            var child = members[key] ?? Self.empty(for: steps.dropFirst().first)
            child.insert(value, at: steps.dropFirst())
            members[key] = child
            self = .members(members)
        case (.index(let position), .elements(var elements)):
            var child = elements[position] ?? Self.empty(for: steps.dropFirst().first)
            child.insert(value, at: steps.dropFirst())
            elements[position] = child
            self = .elements(elements)
        default:
            // Paths were checked for conflicts, so a step always meets its own kind of node.
            break
        }
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
