/// The request-size rules BatchWriteItem and BatchGetItem share, with DynamoDB's messages.
enum BatchLimits {
    /// BatchWriteItem takes at most this many puts and deletes, over all tables.
    static let maximumWrites = 25
    /// BatchGetItem takes at most this many keys, over all tables.
    static let maximumKeys = 100

    /// Refuses an empty `RequestItems` and more than `maximum` entries in all.
    static func check(tables: Int, entries: Int, maximum: Int, operation: String) throws(DynamoDBServiceError) {
        guard tables > 0 else {
            throw .validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1")
        }
        guard entries <= maximum else {
            throw .validation("Too many items requested for the \(operation) call")
        }
    }

    /// Refuses a second request for a key already in the batch, whatever the rest of it is.
    static func insert(_ key: ItemKey, into seen: inout Set<ItemKey>) throws(DynamoDBServiceError) {
        guard seen.insert(key).inserted else {
            throw .validation("Provided list of item keys contains duplicates")
        }
    }
}
