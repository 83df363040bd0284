/// The rules TransactWriteItems and TransactGetItems share, with DynamoDB's messages.
enum TransactionLimits {
    /// Either operation takes at most this many actions.
    static let maximumActions = 100

    /// Refuses an empty list and one over the limit.
    static func checkCount(_ count: Int) throws(DynamoDBServiceError) {
        guard count >= 1 else {
            throw .validation("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        guard count <= maximumActions else {
            throw .validation("1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to \(maximumActions)")
        }
    }

    /// Refuses a second action on an item already in the transaction.
    static func insert(_ target: TransactionTarget, into seen: inout Set<TransactionTarget>) throws(DynamoDBServiceError) {
        guard seen.insert(target).inserted else {
            throw .validation("Transaction request cannot include multiple operations on one item")
        }
    }
}
