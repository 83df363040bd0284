import GRDB

extension BatchWriteItemInput {
    /// Validates every entry and reads the stored items, in the caller's transaction; the changes
    /// come out table by table in name order so stream records have a stable order.
    func plan(_ db: Database) throws -> [ItemChange] {
        try BatchLimits.check(
            tables: requestItems.count, entries: requestItems.values.reduce(0) { $0 + $1.count },
            maximum: BatchLimits.maximumWrites, operation: "BatchWriteItem"
        )
        var changes: [ItemChange] = []
        for (tableName, requests) in requestItems.sorted(by: { $0.key < $1.key }) {
            guard !requests.isEmpty else {
                throw DynamoDBServiceError.validation("1 validation error detected: Value '[]' at 'requestItems.\(tableName).member' failed to satisfy constraint: Member must have length greater than or equal to 1")
            }
            var seen = Set<ItemKey>()
            // Read once per table, at the point the first entry would have read it, so errors come in the same order.
            var table: StoredTable?
            for request in requests {
                let change = try Self.change(for: request, tableName: tableName, table: &table, db)
                try BatchLimits.insert(change.key, into: &seen)
                changes.append(change)
            }
        }
        return changes
    }

    /// A batch put or delete is a PutItem or DeleteItem without condition or return values.
    private static func change(for request: WriteRequest, tableName: String, table: inout StoredTable?, _ db: Database) throws -> ItemChange {
        switch (request.putRequest, request.deleteRequest) {
        case (let put?, nil):
            let change = try PutItemInput(tableName: tableName, item: put.item).plan(db, table: table).change
            table = change.table
            return change
        case (nil, let delete?):
            let change = try DeleteItemInput(tableName: tableName, key: delete.key).plan(db, table: table).change
            table = change.table
            return change
        default:
            throw DynamoDBServiceError.validation("Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest")
        }
    }
}
