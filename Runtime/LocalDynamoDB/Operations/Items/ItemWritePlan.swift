import GRDB
import LambdaEvents

/// A validated write, ready to save: the change and what the request answers with.
struct ItemWritePlan: Sendable {
    var change: ItemChange
    var output: WriteItemOutput
}

extension ConditionExpression {
    /// Checks the condition against the stored item, carrying that item in the error when the
    /// request set `ReturnValuesOnConditionCheckFailure: ALL_OLD`.
    func check(_ item: DynamoDBItem?, returningItem: Bool) throws(DynamoDBServiceError) {
        guard isSatisfied(by: item) else {
            throw .conditionalCheckFailed(item: returningItem ? item : nil)
        }
    }
}
