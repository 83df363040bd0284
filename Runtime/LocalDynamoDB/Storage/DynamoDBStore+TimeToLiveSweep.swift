import Foundation
import GRDB

extension DynamoDBStore {
    /// Deletes up to `limit` items whose time-to-live attribute (epoch seconds) is before `now`,
    /// across every table with time to live enabled, and returns how many it removed.
    ///
    /// Each removal is an ordinary delete of the item and its index entries with a `REMOVE`
    /// stream record flagged `deletedByTTL`, which the Streams endpoint turns into the service
    /// identity DynamoDB puts on expiry deletions. One call is one write transaction; the
    /// emulator calls this periodically and `limit` keeps each call from holding the write lock long.
    public func sweepExpiredItems(now: Date = Date(), limit: Int = 1000) async throws(DynamoDBServiceError) -> Int {
        try await write { db in
            let seconds = now.timeIntervalSince1970
            let names = try String.fetchAll(db, sql: "SELECT name FROM dynamodb_tables WHERE ttl_attribute IS NOT NULL ORDER BY name")
            var removed = 0
            for name in names where removed < limit {
                let table = try StoredTable.fetch(db, name)
                for item in try table.expiredItems(db, now: seconds, limit: limit - removed) {
                    let change = ItemChange(table: table, key: try table.key(ofItem: item), old: item, new: nil, deletedByTTL: true)
                    try change.save(db, now: seconds)
                    removed += 1
                }
            }
            return removed
        }
    }
}
