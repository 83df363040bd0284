extension ProjectionExpression {
    /// A projection of paths known to be independent (distinct attribute names, or the targets of
    /// one update), built rather than parsed.
    init(built paths: [DocumentPath]) {
        self.paths = paths
        self.usage = ExpressionUsage()
    }
}
