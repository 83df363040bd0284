import Foundation
import GRDB

extension StoreOperation where Output == BatchWriteItemOutput {
    /// BatchWriteItem. DynamoDB applies each entry on its own; here the whole batch is one write
    /// transaction, which clients cannot tell apart and which keeps a refused batch from half
    /// applying. `UnprocessedItems` is always empty.
    public static func batchWriteItem(_ input: BatchWriteItemInput) -> StoreOperation {
        .write { db in
            let now = Date().timeIntervalSince1970
            for change in try input.plan(db) {
                try change.save(db, now: now)
            }
            return BatchWriteItemOutput()
        }
    }
}

extension StoreOperation where Output == BatchGetItemOutput {
    /// BatchGetItem, on one consistent snapshot; `UnprocessedKeys` is always empty.
    public static func batchGetItem(_ input: BatchGetItemInput) -> StoreOperation {
        .read { db in try input.read(db) }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/batchWriteItem(_:)``.
    public func batchWriteItem(_ input: BatchWriteItemInput) async throws(DynamoDBServiceError) -> BatchWriteItemOutput {
        try await run(.batchWriteItem(input))
    }

    /// Runs ``StoreOperation/batchGetItem(_:)``.
    public func batchGetItem(_ input: BatchGetItemInput) async throws(DynamoDBServiceError) -> BatchGetItemOutput {
        try await run(.batchGetItem(input))
    }
}
