import Foundation
import GRDB

extension DynamoDBStore {
    /// TransactWriteItems: one SQLite write transaction that checks every condition first and
    /// then writes every item with its stream record; a cancelled transaction writes nothing.
    public func transactWriteItems(_ input: TransactWriteItemsInput) async throws(DynamoDBServiceError) -> TransactWriteItemsOutput {
        try await write { db in
            let now = Date().timeIntervalSince1970
            for change in try input.plan(db) {
                try change.save(db, now: now)
            }
            return TransactWriteItemsOutput()
        }
    }

    /// TransactGetItems: every item read from the same snapshot.
    public func transactGetItems(_ input: TransactGetItemsInput) async throws(DynamoDBServiceError) -> TransactGetItemsOutput {
        try await read { db in try input.read(db) }
    }
}
