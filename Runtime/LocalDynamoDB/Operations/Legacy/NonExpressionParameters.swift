/// DynamoDB's rule that one request uses either the expression members or the legacy members
/// they replaced, never both.
enum NonExpressionParameters {
    /// Throws unless the present members are all of one kind; each list pairs a member name with
    /// whether the request set it, in the order DynamoDB names them.
    static func checkNotMixed(legacy: [(String, Bool)], expressions: [(String, Bool)]) throws(DynamoDBServiceError) {
        let usedLegacy = legacy.filter(\.1).map(\.0)
        let usedExpressions = expressions.filter(\.1).map(\.0)
        guard usedLegacy.isEmpty || usedExpressions.isEmpty else {
            throw .validation("Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {\(usedLegacy.joined(separator: ", "))} Expression parameters: {\(usedExpressions.joined(separator: ", "))}")
        }
    }
}
