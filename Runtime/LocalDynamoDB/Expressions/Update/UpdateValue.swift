import LambdaEvents

/// The right side of a `SET` action.
public indirect enum UpdateValue: Sendable, Hashable {
    /// The current value at a path; the item must have it.
    case path(DocumentPath)
    /// A literal from `ExpressionAttributeValues`.
    case value(AttributeValue)
    /// `if_not_exists(path, fallback)`: the value at `path`, or `fallback` when there is none.
    case ifNotExists(DocumentPath, UpdateValue)
    /// `list_append(first, second)`: the elements of both lists, in that order.
    case listAppend(UpdateValue, UpdateValue)
    /// `a + b`, on numbers.
    case plus(UpdateValue, UpdateValue)
    /// `a - b`, on numbers.
    case minus(UpdateValue, UpdateValue)
}
