import GRDB
import LambdaEvents

/// The item one transaction action addresses, so two actions on the same item are caught
/// before any condition is evaluated.
struct TransactionTarget: Sendable, Hashable {
    var tableName: String
    var key: ItemKey

    /// The target of a request's exact `Key`.
    static func of(tableName: String, key: DynamoDBItem, _ db: Database) throws -> TransactionTarget {
        TransactionTarget(tableName: tableName, key: try StoredTable.fetch(db, tableName).key(fromRequest: key))
    }

    /// The target of a whole item being put.
    static func of(tableName: String, item: DynamoDBItem, _ db: Database) throws -> TransactionTarget {
        let table = try StoredTable.fetch(db, tableName)
        return TransactionTarget(tableName: tableName, key: try table.key(ofItem: try ItemValidation.canonical(item)))
    }
}
