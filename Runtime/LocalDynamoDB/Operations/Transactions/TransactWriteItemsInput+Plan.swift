import GRDB

extension TransactWriteItemsInput {
    /// Validates every action, refuses two on one item, then evaluates every condition against
    /// the items as stored before the transaction, in the caller's transaction. Any failed
    /// condition cancels the whole transaction with one reason per action, in request order.
    func plan(_ db: Database) throws -> [ItemChange] {
        try TransactionLimits.checkCount(transactItems.count)
        var seen = Set<TransactionTarget>()
        for item in transactItems {
            try TransactionLimits.insert(try item.target(db), into: &seen)
        }
        var changes: [ItemChange] = []
        var reasons: [CancellationReason] = []
        for item in transactItems {
            do {
                if let change = try item.plan(db) { changes.append(change) }
                reasons.append(.none)
            } catch let error as DynamoDBServiceError where error.code == DynamoDBError.Code.conditionalCheckFailed.rawValue {
                reasons.append(CancellationReason(code: "ConditionalCheckFailed", message: error.message, item: error.item))
            }
        }
        guard reasons.allSatisfy({ $0 == .none }) else {
            throw DynamoDBServiceError.transactionCanceled(reasons)
        }
        return changes
    }
}
