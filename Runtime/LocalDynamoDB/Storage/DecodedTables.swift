import GRDB
import Synchronization

/// Table definitions already decoded from their rows, so that an operation neither reads nor
/// decodes the same key schema and index lists again on every request.
///
/// Definitions are kept per database (its `database_token`) together with the database's table
/// revision, which triggers bump on every insert, update and delete of a definition, whoever
/// makes it. An operation reads the revision in its own transaction: while it is the one the
/// definitions were decoded at, they are the stored ones; otherwise they are read again.
final class DecodedTables: Sendable {
    static let shared = DecodedTables()

    /// Where a database's definitions stand, as read in one transaction.
    struct Revision: Sendable, Equatable {
        let database: String
        let number: Int64

        init(_ db: Database) throws {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT revision, database_token FROM dynamodb_table_revision")) else {
                throw DatabaseError(message: "dynamodb_table_revision has no row")
            }
            database = row["database_token"]
            number = row["revision"]
        }
    }

    private struct Entry {
        var revision: Int64
        var tables: [String: StoredTable]
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The definition of `name` decoded at `revision`, if any.
    func table(named name: String, at revision: Revision) -> StoredTable? {
        entries.withLock { entries in
            guard let entry = entries[revision.database], entry.revision == revision.number else { return nil }
            return entry.tables[name]
        }
    }

    /// Keeps `table`, read at `revision`. A definition read from an older snapshot than the kept
    /// ones is not kept: the newer ones stay.
    func keep(_ table: StoredTable, at revision: Revision) {
        entries.withLock { entries in
            var entry = entries[revision.database] ?? Entry(revision: revision.number, tables: [:])
            if revision.number < entry.revision { return }
            if revision.number > entry.revision { entry = Entry(revision: revision.number, tables: [:]) }
            entry.tables[table.name] = table
            entries[revision.database] = entry
        }
    }
}
