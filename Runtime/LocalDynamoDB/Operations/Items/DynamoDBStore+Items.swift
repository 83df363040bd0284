import Foundation
import GRDB

extension DynamoDBStore {
    /// PutItem: one write transaction that reads the stored item, checks the condition and writes
    /// item, index entries and stream record; nothing changes when any step throws.
    public func putItem(_ input: PutItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }

    /// UpdateItem, creating the item when none is stored (unless the condition forbids it).
    public func updateItem(_ input: UpdateItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }

    /// DeleteItem; deleting a missing item succeeds and changes nothing.
    public func deleteItem(_ input: DeleteItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }

    /// GetItem, with `ProjectionExpression`; every read is strongly consistent.
    public func getItem(_ input: GetItemInput) async throws(DynamoDBServiceError) -> GetItemOutput {
        try await read { db in
            GetItemOutput(item: try input.item(db))
        }
    }
}
