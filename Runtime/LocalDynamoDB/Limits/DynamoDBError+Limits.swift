extension DynamoDBError {
    /// An expression longer than ``DynamoDBLimits/expressionBytes``. DynamoDB names the size for
    /// conditions and filters only; its other messages end at the semicolon.
    static func expressionTooLong(_ kind: ExpressionKind, bytes: Int) -> DynamoDBError {
        switch kind {
        case .condition, .filter: invalid(kind, "Expression size has exceeded the maximum allowed size; expression size: \(bytes)")
        default: invalid(kind, "Expression size has exceeded the maximum allowed size;")
        }
    }

    static func tooManyOperators(_ kind: ExpressionKind, count: Int) -> DynamoDBError {
        invalid(kind, "The expression contains too many operators; operator count: \(count)")
    }

    /// `((x))`: a group whose only content is another group.
    static func redundantParentheses(_ kind: ExpressionKind) -> DynamoDBError {
        invalid(kind, "The expression has redundant parentheses;")
    }

    /// Groups or function calls nested past ``DynamoDBLimits/expressionNesting``, worded as
    /// DynamoDB words its document-path limit.
    static func tooDeeplyNested(_ kind: ExpressionKind, levels: Int) -> DynamoDBError {
        invalid(kind, "The expression has too many nesting levels; nesting levels: \(levels)")
    }

    static func pathTooDeep(_ kind: ExpressionKind, levels: Int) -> DynamoDBError {
        invalid(kind, "The document path has too many nesting levels; nesting levels: \(levels)")
    }

    /// A value, written or given as an expression value, nested past ``DynamoDBLimits/nestingLevels``.
    static let nestingTooDeep = validation(
        "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit")
}
