import Foundation
import GRDB

extension DynamoDBStore {
    /// BatchWriteItem. DynamoDB applies each entry on its own; here the whole batch is one write
    /// transaction, which clients cannot tell apart and which keeps a refused batch from half
    /// applying. `UnprocessedItems` is always empty.
    public func batchWriteItem(_ input: BatchWriteItemInput) async throws(DynamoDBServiceError) -> BatchWriteItemOutput {
        try await write { db in
            let now = Date().timeIntervalSince1970
            for change in try input.plan(db) {
                try change.save(db, now: now)
            }
            return BatchWriteItemOutput()
        }
    }

    /// BatchGetItem, on one consistent snapshot; `UnprocessedKeys` is always empty.
    public func batchGetItem(_ input: BatchGetItemInput) async throws(DynamoDBServiceError) -> BatchGetItemOutput {
        try await read { db in try input.read(db) }
    }
}
