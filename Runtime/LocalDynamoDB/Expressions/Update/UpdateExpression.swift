import LambdaEvents

/// A parsed `UpdateExpression`: its four clauses, each at most once, in any order.
public struct UpdateExpression: Sendable, Hashable {
    /// One `path = value` of the `SET` clause.
    public struct Assignment: Sendable, Hashable {
        /// Where the value goes.
        public let path: DocumentPath
        /// What is written there.
        public let value: UpdateValue
    }

    /// One `path :value` of the `ADD` or `DELETE` clause.
    public struct SetChange: Sendable, Hashable {
        /// The number or set to change.
        public let path: DocumentPath
        /// The number to add, or the set members to add or delete.
        public let value: AttributeValue
    }

    /// `SET` assignments, in written order.
    public let assignments: [Assignment]
    /// `REMOVE` paths.
    public let removals: [DocumentPath]
    /// `ADD` actions.
    public let additions: [SetChange]
    /// `DELETE` actions.
    public let deletions: [SetChange]
    /// The aliases it uses, for `ExpressionAttributes.checkAllUsed(by:)`.
    public let usage: ExpressionUsage

    /// Parses `text`, checking clause repetition, operand types known from literals and that no two
    /// target paths overlap or conflict.
    public init(_ text: String, attributes: ExpressionAttributes) throws(DynamoDBError) {
        var parser = try Parser(text, kind: .update, attributes: attributes)
        let clauses = try parser.updateClauses()
        assignments = clauses.assignments
        removals = clauses.removals
        additions = clauses.additions
        deletions = clauses.deletions
        usage = parser.usage
        let targets = assignments.map(\.path) + removals + additions.map(\.path) + deletions.map(\.path)
        try DocumentPath.checkIndependent(targets, in: .update)
    }

    /// The top-level attributes the update writes or removes, so the caller can refuse key attributes
    /// ("Cannot update attribute pk. This attribute is part of the key").
    public var targetAttributeNames: Set<String> {
        let targets = assignments.map(\.path) + removals + additions.map(\.path) + deletions.map(\.path)
        return Set(targets.map(\.topLevelName))
    }
}
