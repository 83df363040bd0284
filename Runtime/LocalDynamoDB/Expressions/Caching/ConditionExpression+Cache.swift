extension ConditionExpression {
    private static let cache = ParsedExpressionCache<ExpressionKind, ConditionExpression>()

    /// `init(_:kind:attributes:)`, reusing an earlier parse of the same text, kind and aliases.
    static func parsed(_ text: String, kind: ExpressionKind = .condition, attributes: ExpressionAttributes) throws(DynamoDBError) -> ConditionExpression {
        try cache.parsed(text, kind: kind, context: kind, attributes: attributes, usage: \.usage) { () throws(DynamoDBError) in
            try ConditionExpression(text, kind: kind, attributes: attributes)
        }
    }
}
