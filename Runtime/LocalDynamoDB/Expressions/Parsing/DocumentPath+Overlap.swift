extension DocumentPath {
    /// Throws DynamoDB's error for the first path of `paths` that overlaps or conflicts with an
    /// earlier one: the same path, one inside the other (`a` and `a.b`), or one step read as a map
    /// by one path and as a list by the other (`a.b` and `a[0]`).
    ///
    /// The paths go into a tree of their steps one by one, so each is checked against all earlier
    /// ones in time proportional to its own length: linear in the whole expression, where
    /// comparing every pair was quadratic.
    static func checkIndependent(_ paths: [DocumentPath], in kind: ExpressionKind) throws(DynamoDBError) {
        var tree = PathTree()
        for (index, path) in paths.enumerated() {
            if let clash = tree.insert(path, index: index) {
                switch clash {
                case .overlap(let earlier): throw .overlappingPaths(kind, paths[earlier], path)
                case .conflict(let earlier): throw .conflictingPaths(kind, paths[earlier], path)
                }
            }
        }
    }
}

/// The steps of the paths seen so far, each node remembering the first path through it.
private struct PathTree {
    enum Clash {
        case overlap(Int)
        case conflict(Int)
    }

    struct Node {
        var children: [DocumentPath.Element: Int] = [:]
        /// The first path that goes on from here by a map member, and by a list index.
        var firstByName: Int?
        var firstByIndex: Int?
        /// The first path that ends here.
        var ending: Int?
        /// The first path through this node.
        let first: Int
    }

    private var nodes = [Node(first: -1)]

    /// Adds the path of `index`, or returns how it clashes with the first earlier path it meets.
    mutating func insert(_ path: DocumentPath, index: Int) -> Clash? {
        var current = 0
        for element in path.elements {
            if let ending = nodes[current].ending { return .overlap(ending) }
            let byIndex: Bool
            if case .index = element { byIndex = true } else { byIndex = false }
            if let other = byIndex ? nodes[current].firstByName : nodes[current].firstByIndex { return .conflict(other) }
            if byIndex {
                if nodes[current].firstByIndex == nil { nodes[current].firstByIndex = index }
            } else if nodes[current].firstByName == nil {
                nodes[current].firstByName = index
            }
            if let child = nodes[current].children[element] {
                current = child
            } else {
                nodes.append(Node(first: index))
                nodes[current].children[element] = nodes.count - 1
                current = nodes.count - 1
            }
        }
        // Ending where an earlier path ended or passed through: the same path, or one inside it.
        if let ending = nodes[current].ending { return .overlap(ending) }
        if nodes[current].first != index { return .overlap(nodes[current].first) }
        nodes[current].ending = index
        return nil
    }
}
