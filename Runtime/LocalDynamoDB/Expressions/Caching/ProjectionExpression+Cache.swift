extension ProjectionExpression {
    private static let cache = ParsedExpressionCache<ExpressionKind, ProjectionExpression>()

    /// `init(_:attributes:)`, reusing an earlier parse of the same text with the same aliases.
    static func parsed(_ text: String, attributes: ExpressionAttributes) throws(DynamoDBError) -> ProjectionExpression {
        try cache.parsed(text, kind: .projection, context: .projection, attributes: attributes, usage: \.usage) { () throws(DynamoDBError) in
            try ProjectionExpression(text, attributes: attributes)
        }
    }
}
