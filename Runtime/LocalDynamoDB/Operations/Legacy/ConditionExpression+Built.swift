extension ConditionExpression {
    /// A condition made from a request's legacy members rather than parsed from text; it refers
    /// to no `#name` or `:value` aliases.
    init(built condition: Condition) {
        self.condition = condition
        self.usage = ExpressionUsage()
    }
}
