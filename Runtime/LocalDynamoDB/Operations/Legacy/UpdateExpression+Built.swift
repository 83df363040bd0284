extension UpdateExpression {
    /// An update made from `AttributeUpdates` rather than parsed; its top-level targets are
    /// distinct attributes, so they cannot overlap.
    init(built assignments: [Assignment], removals: [DocumentPath], additions: [SetChange], deletions: [SetChange]) {
        self.assignments = assignments
        self.removals = removals
        self.additions = additions
        self.deletions = deletions
        self.usage = ExpressionUsage()
    }
}
