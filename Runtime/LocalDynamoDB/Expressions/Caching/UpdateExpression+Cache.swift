extension UpdateExpression {
    private static let cache = ParsedExpressionCache<ExpressionKind, UpdateExpression>()

    /// `init(_:attributes:)`, reusing an earlier parse of the same text with the same aliases.
    static func parsed(_ text: String, attributes: ExpressionAttributes) throws(DynamoDBError) -> UpdateExpression {
        try cache.parsed(text, kind: .update, context: .update, attributes: attributes, usage: \.usage) { () throws(DynamoDBError) in
            try UpdateExpression(text, attributes: attributes)
        }
    }
}
