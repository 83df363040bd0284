extension KeyConditionExpression {
    private static let cache = ParsedExpressionCache<KeySchema, KeyConditionExpression> { left, right in
        left.partitionKey.hasSameBytes(as: right.partitionKey)
            && (left.sortKey == nil) == (right.sortKey == nil)
            && (left.sortKey.map { right.sortKey!.hasSameBytes(as: $0) } ?? true)
    }

    /// `init(_:schema:attributes:)`, reusing an earlier parse of the same text against the same
    /// key schema with the same aliases.
    static func parsed(_ text: String, schema: KeySchema, attributes: ExpressionAttributes) throws(DynamoDBError) -> KeyConditionExpression {
        try cache.parsed(text, kind: .keyCondition, context: schema, attributes: attributes, usage: \.usage) { () throws(DynamoDBError) in
            try KeyConditionExpression(text, schema: schema, attributes: attributes)
        }
    }
}
