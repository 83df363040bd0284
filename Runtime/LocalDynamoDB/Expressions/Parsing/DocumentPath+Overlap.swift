extension DocumentPath {
    /// How two paths of one expression relate, for DynamoDB's overlap and conflict errors.
    enum Relation {
        case independent
        /// One is the other or lies inside it: `a` and `a.b`.
        case overlap
        /// They treat one step differently: `a.b` (a map) and `a[0]` (a list).
        case conflict
    }

    func relation(to other: DocumentPath) -> Relation {
        for (mine, theirs) in zip(elements, other.elements) where mine != theirs {
            switch (mine, theirs) {
            case (.attribute, .index), (.index, .attribute): return .conflict
            default: return .independent
            }
        }
        return .overlap
    }

    /// Throws DynamoDB's error for the first pair of `paths` that overlap or conflict.
    static func checkIndependent(_ paths: [DocumentPath], in kind: ExpressionKind) throws(DynamoDBError) {
        for (index, one) in paths.enumerated() {
            for two in paths[(index + 1)...] {
                switch one.relation(to: two) {
                case .independent: continue
                case .overlap: throw .overlappingPaths(kind, one, two)
                case .conflict: throw .conflictingPaths(kind, one, two)
                }
            }
        }
    }
}
