import LambdaEvents

/// One item's change inside a write transaction: the item before and after, nil for absent.
struct ItemChange: Sendable {
    var table: StoredTable
    var key: ItemKey
    var old: DynamoDBItem?
    var new: DynamoDBItem?
    /// Whether time-to-live expiry, not a client, removed the item; stream records say so.
    var deletedByTTL = false
}
