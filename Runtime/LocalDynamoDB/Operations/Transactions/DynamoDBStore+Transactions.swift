import Foundation
import GRDB

extension StoreOperation where Output == TransactWriteItemsOutput {
    /// TransactWriteItems: one SQLite write transaction that checks every condition first and
    /// then writes every item with its stream record; a cancelled transaction writes nothing.
    public static func transactWriteItems(_ input: TransactWriteItemsInput) -> StoreOperation {
        .write { db in
            let now = Date().timeIntervalSince1970
            for change in try input.plan(db) {
                try change.save(db, now: now)
            }
            return TransactWriteItemsOutput()
        }
    }
}

extension StoreOperation where Output == TransactGetItemsOutput {
    /// TransactGetItems: every item read from the same snapshot.
    public static func transactGetItems(_ input: TransactGetItemsInput) -> StoreOperation {
        .read { db in try input.read(db) }
    }
}

extension DynamoDBStore {
    /// Runs ``StoreOperation/transactWriteItems(_:)``.
    public func transactWriteItems(_ input: TransactWriteItemsInput) async throws(DynamoDBServiceError) -> TransactWriteItemsOutput {
        try await run(.transactWriteItems(input))
    }

    /// Runs ``StoreOperation/transactGetItems(_:)``.
    public func transactGetItems(_ input: TransactGetItemsInput) async throws(DynamoDBServiceError) -> TransactGetItemsOutput {
        try await run(.transactGetItems(input))
    }
}
