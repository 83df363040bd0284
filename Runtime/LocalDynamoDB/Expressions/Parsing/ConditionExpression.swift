import LambdaEvents

/// A parsed `ConditionExpression` or `FilterExpression`, ready to test items.
public struct ConditionExpression: Sendable, Hashable {
    /// The condition tree, with aliases resolved.
    public let condition: Condition
    /// The aliases it uses, for `ExpressionAttributes.checkAllUsed(by:)`.
    public let usage: ExpressionUsage

    /// Parses `text`; `kind` is `.condition` or `.filter` and only changes the error messages.
    public init(_ text: String, kind: ExpressionKind = .condition, attributes: ExpressionAttributes) throws(DynamoDBError) {
        var parser = try Parser(text, kind: kind, attributes: attributes)
        condition = try parser.condition()
        try parser.expectEnd()
        usage = parser.usage
    }
}
