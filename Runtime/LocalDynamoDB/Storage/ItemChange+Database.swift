import Foundation
import GRDB
import LambdaEvents

extension StoredTable {
    /// The stored item under `key`, or nil.
    func item(_ db: Database, key: ItemKey) throws -> DynamoDBItem? {
        let statement = try db.cachedStatement(
            sql: "SELECT item FROM dynamodb_items WHERE table_name = ? AND index_name = '' AND partition_key = ? AND sort_key = ?")
        let text = try String.fetchOne(statement, arguments: [name, key.partition, key.sort])
        return try text.map(ItemJSON.decode)
    }
}

extension ItemChange {
    /// Writes the new item (or removes the old one), rewrites its index entries and appends the
    /// stream record, all in the caller's transaction.
    func save(_ db: Database, now: Double) throws {
        let entries = try new.map { try table.indexEntries(of: $0, key: key) } ?? []
        try db.cachedStatement(sql: "DELETE FROM dynamodb_items WHERE table_name = ? AND item_partition_key = ? AND item_sort_key = ?")
            .execute(arguments: [table.name, key.partition, key.sort])
        if let new {
            let text = try ItemJSON.encode(new)
            try insertRow(db, index: "", partition: key.partition, sort: key.sort, item: text, size: ItemSize.of(new))
            for entry in entries {
                try insertRow(db, index: entry.indexName, partition: entry.partition, sort: entry.sort,
                              item: try ItemJSON.encode(entry.item), size: ItemSize.of(entry.item))
            }
        }
        try appendStreamRecord(db, now: now)
    }

    private func insertRow(_ db: Database, index: String, partition: Data, sort: Data, item: String, size: Int) throws {
        try db.cachedStatement(sql: """
                INSERT INTO dynamodb_items (table_name, index_name, partition_key, sort_key, item_partition_key, item_sort_key, item, size)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            .execute(arguments: [table.name, index, partition, sort, key.partition, key.sort, item, size])
    }

    /// Streams record only real changes: rewriting an identical item or deleting a missing one
    /// leaves no record, as in DynamoDB.
    private func appendStreamRecord(_ db: Database, now: Double) throws {
        guard let viewType = table.streamViewType, old != new else { return }
        let eventName: DynamoDBStreamEvent.EventName = old == nil ? .insert : (new == nil ? .remove : .modify)
        let newImage = viewType == .newImage || viewType == .newAndOldImages ? new : nil
        let oldImage = viewType == .oldImage || viewType == .newAndOldImages ? old : nil
        let size = ItemSize.of(key.attributes) + (newImage.map(ItemSize.of) ?? 0) + (oldImage.map(ItemSize.of) ?? 0)
        try db.cachedStatement(sql: """
                INSERT INTO dynamodb_stream_records (table_name, event_name, keys, new_image, old_image, view_type, size, created_at, deleted_by_ttl)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            .execute(arguments: [
                table.name, eventName.rawValue, try ItemJSON.encode(key.attributes), try newImage.map(ItemJSON.encode),
                try oldImage.map(ItemJSON.encode), viewType.rawValue, size, now, deletedByTTL,
            ])
    }
}
