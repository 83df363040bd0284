import Foundation
import GRDB

extension StoreOperation where Output == WriteItemOutput {
    /// PutItem: one write transaction that reads the stored item, checks the condition and writes
    /// item, index entries and stream record; nothing changes when any step throws.
    public static func putItem(_ input: PutItemInput) -> StoreOperation {
        .write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }

    /// UpdateItem, creating the item when none is stored (unless the condition forbids it).
    public static func updateItem(_ input: UpdateItemInput) -> StoreOperation {
        .write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }

    /// DeleteItem; deleting a missing item succeeds and changes nothing.
    public static func deleteItem(_ input: DeleteItemInput) -> StoreOperation {
        .write { db in
            let plan = try input.plan(db)
            try plan.change.save(db, now: Date().timeIntervalSince1970)
            return plan.output
        }
    }
}

extension StoreOperation where Output == GetItemOutput {
    /// GetItem, with `ProjectionExpression`; every read is strongly consistent.
    public static func getItem(_ input: GetItemInput) -> StoreOperation {
        .read { db in GetItemOutput(item: try input.item(db)) }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/putItem(_:)``.
    public func putItem(_ input: PutItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await run(.putItem(input))
    }

    /// Runs ``StoreOperation/updateItem(_:)``.
    public func updateItem(_ input: UpdateItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await run(.updateItem(input))
    }

    /// Runs ``StoreOperation/deleteItem(_:)``.
    public func deleteItem(_ input: DeleteItemInput) async throws(DynamoDBServiceError) -> WriteItemOutput {
        try await run(.deleteItem(input))
    }

    /// Runs ``StoreOperation/getItem(_:)``.
    public func getItem(_ input: GetItemInput) async throws(DynamoDBServiceError) -> GetItemOutput {
        try await run(.getItem(input))
    }
}
