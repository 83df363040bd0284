import GRDB

extension TransactWriteItem {
    /// The item the action addresses; refuses an action with no member or several.
    func target(_ db: Database) throws -> TransactionTarget {
        switch (put, update, delete, conditionCheck) {
        case (let put?, nil, nil, nil): try .of(tableName: put.tableName, item: put.item, db)
        case (nil, let update?, nil, nil): try .of(tableName: update.tableName, key: update.key, db)
        case (nil, nil, let delete?, nil): try .of(tableName: delete.tableName, key: delete.key, db)
        case (nil, nil, nil, let check?): try .of(tableName: check.tableName, key: check.key, db)
        default: throw DynamoDBServiceError.validation("TransactItems can only contain one of Check, Put, Update or Delete")
        }
    }

    /// The change the action makes (nil for a condition check), planned as the single-item
    /// operation plans it; a failed condition throws `ConditionalCheckFailedException`.
    func plan(_ db: Database) throws -> ItemChange? {
        if let put { return try put.plan(db).change }
        if let update { return try update.plan(db).change }
        if let delete { return try delete.plan(db).change }
        try conditionCheck?.check(db)
        return nil
    }
}
