/// A parsed condition, the tree of a `ConditionExpression`, `FilterExpression` or `KeyConditionExpression`.
public indirect enum Condition: Sendable, Hashable {
    /// `a <op> b`.
    case compare(Operand, Comparator, Operand)
    /// `a BETWEEN low AND high`, both bounds inclusive.
    case between(Operand, low: Operand, high: Operand)
    /// `a IN (b, c, ...)`.
    case isIn(Operand, [Operand])
    /// `x AND y`.
    case and(Condition, Condition)
    /// `x OR y`.
    case or(Condition, Condition)
    /// `NOT x`.
    case not(Condition)
    /// `attribute_exists(path)`.
    case attributeExists(DocumentPath)
    /// `attribute_not_exists(path)`.
    case attributeNotExists(DocumentPath)
    /// `attribute_type(path, :type)`, with the type already read from the value.
    case attributeType(DocumentPath, String)
    /// `begins_with(a, prefix)`.
    case beginsWith(Operand, Operand)
    /// `contains(a, b)`.
    case contains(Operand, Operand)
}
