import GRDB

extension TransactGetItemsInput {
    /// Every read on one snapshot, in request order; two reads of one item are refused as
    /// DynamoDB refuses them.
    func read(_ db: Database) throws -> TransactGetItemsOutput {
        try TransactionLimits.checkCount(transactItems.count)
        var seen = Set<TransactionTarget>()
        for item in transactItems {
            try TransactionLimits.insert(try .of(tableName: item.get.tableName, key: item.get.key, db), into: &seen)
        }
        return TransactGetItemsOutput(responses: try transactItems.map { ItemResponse(item: try $0.get.item(db)) })
    }
}
