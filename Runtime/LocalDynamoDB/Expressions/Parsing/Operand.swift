import LambdaEvents

/// A value in a condition: read from the item, given in `ExpressionAttributeValues`, or `size(path)`.
public enum Operand: Sendable, Hashable {
    /// The value at a path of the item; missing when the item lacks it.
    case path(DocumentPath)
    /// A literal from `ExpressionAttributeValues`.
    case value(AttributeValue)
    /// `size(path)`, a number; missing when the path is missing or has no size.
    case size(DocumentPath)
}
