import LambdaEvents

/// What became of a conditional write: the item after it, or the item that failed its condition.
enum ConditionalWrite: Sendable {
    /// Written; the new item when the request asked for it.
    case written(DynamoDBItem?)
    /// Refused by the condition; the item as it was (`nil`: there was none).
    case conditionFailed(DynamoDBItem?)
}
