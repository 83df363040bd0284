/// DynamoDB's limits on expressions and on the nesting of items, in one place, each as the
/// developer guide's "Service, account, and table quotas in Amazon DynamoDB" states it.
public enum DynamoDBLimits {
    /// "The maximum length of any expression string is 4 KB": bytes of the text as sent, before
    /// any `#name` or `:value` is substituted, whitespace included.
    public static let expressionBytes = 4_096

    /// "The maximum length of any single expression attribute name or expression attribute value
    /// is 255 bytes": the `#name` or `:value` placeholder itself.
    public static let placeholderBytes = 255

    /// "The maximum length of all substitution variables in an expression is 2 MB": the sum of the
    /// lengths of all `ExpressionAttributeNames` and `ExpressionAttributeValues`.
    public static let substitutionBytes = 2 * 1_024 * 1_024

    /// "The maximum number of operators or functions allowed in an UpdateExpression is 300";
    /// DynamoDB counts every expression the same way: `AND`, `OR`, `NOT`, each comparison,
    /// `BETWEEN`, `IN`, `+`, `-` and every function call, but not the `=` of a `SET` action.
    public static let operators = 300

    /// "The maximum number of operands for the IN comparator is 100".
    public static let inOperands = 100

    /// How deep groups and function calls may nest in one expression. DynamoDB publishes no such
    /// number; this one is lambda-local's, far past anything a client writes
    /// (`list_append(if_not_exists(l, :empty), :new)` nests two) and far inside what the parser,
    /// whose only recursion is into these levels, can take on the smallest stack it runs on.
    public static let expressionNesting = 32

    /// "DynamoDB supports nested attributes up to 32 levels deep", the top-level attribute being
    /// level 1; a document path may name as many levels and no more.
    public static let nestingLevels = 32
}
