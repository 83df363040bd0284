import GRDB
import Synchronization

/// Table definitions already decoded from their rows, so that an operation does not decode the
/// same JSON key schema and index list again on every request.
///
/// An entry is used only while its row is unchanged, column for column, so a stale definition is
/// never returned: a table recreated, given a stream or a TTL, under this or another connection,
/// has a different row and is decoded afresh.
final class DecodedTables: Sendable {
    static let shared = DecodedTables()

    /// Every column of a `dynamodb_tables` row, as stored.
    struct Version: Hashable, Sendable {
        let columns: [DatabaseValue]

        init(_ row: Row) {
            columns = row.databaseValues.map { $0 }
        }
    }

    private let entries = Mutex<[String: (version: Version, table: StoredTable)]>([:])

    func table(named name: String, version: Version) -> StoredTable? {
        entries.withLock { entries in
            guard let entry = entries[name], entry.version == version else { return nil }
            return entry.table
        }
    }

    func keep(_ table: StoredTable, version: Version) {
        entries.withLock { $0[table.name] = (version, table) }
    }
}
