import Foundation
import GRDB
import LocalLambda
import LocalState

/// Asynchronous invocations kept in the state database until delivered, so that an event
/// accepted before a crash or a Ctrl-C is delivered by the next `lambda-local start`.
///
/// Whatever a previous run had taken but not finished is due again when the store opens:
/// delivery is at least once, as Lambda's is.
final class StoredPendingInvocations: PendingInvocationStore {
    private let database: any DatabaseWriter

    init(state: StateDatabase) throws {
        database = state.writer
        try Self.migrator.migrate(database)
        try database.write { db in
            try db.execute(sql: "UPDATE lambda_pending_invocations SET claimed = 0 WHERE claimed = 1")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("lambda-pending-invocations-v1") { db in
            try db.execute(sql: """
                CREATE TABLE lambda_pending_invocations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    function_name TEXT NOT NULL,
                    request_id TEXT NOT NULL,
                    payload BLOB NOT NULL,
                    origin TEXT NOT NULL,
                    failed_attempts INTEGER NOT NULL DEFAULT 0,
                    due_at REAL NOT NULL,
                    claimed INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX lambda_pending_invocations_due ON lambda_pending_invocations (claimed, due_at, id);
                """)
        }
        // Tenant-isolated functions take Event invocations too, each for its tenant.
        migrator.registerMigration("lambda-pending-invocations-v2-tenant") { db in
            try db.execute(sql: "ALTER TABLE lambda_pending_invocations ADD COLUMN tenant_id TEXT")
        }
        return migrator
    }

    func add(_ requests: [AsyncInvocationRequest]) async throws {
        let now = Date().timeIntervalSince1970
        try await database.write { db in
            for request in requests {
                try db.execute(
                    sql: """
                        INSERT INTO lambda_pending_invocations (function_name, request_id, payload, origin, due_at, tenant_id)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [request.functionName, request.requestID, request.payload, request.origin, now, request.tenantID])
            }
        }
    }

    func claimDue(at now: Date, limit: Int) async throws -> [PendingInvocation] {
        try await database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, function_name, request_id, payload, origin, failed_attempts, tenant_id
                    FROM lambda_pending_invocations WHERE claimed = 0 AND due_at <= ? ORDER BY due_at, id LIMIT ?
                    """,
                arguments: [now.timeIntervalSince1970, limit])
            let invocations = rows.map { row in
                PendingInvocation(
                    id: row["id"], functionName: row["function_name"], requestID: row["request_id"],
                    payload: row["payload"], origin: row["origin"], failedAttempts: row["failed_attempts"],
                    tenantID: row["tenant_id"])
            }
            for invocation in invocations {
                try db.execute(sql: "UPDATE lambda_pending_invocations SET claimed = 1 WHERE id = ?", arguments: [invocation.id])
            }
            return invocations
        }
    }

    func nextDueDate() async throws -> Date? {
        try await database.read { db in
            try Double.fetchOne(db, sql: "SELECT MIN(due_at) FROM lambda_pending_invocations WHERE claimed = 0")
                .map { Date(timeIntervalSince1970: $0) }
        }
    }

    func retry(_ id: Int64, failedAttempts: Int, at date: Date) async throws {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE lambda_pending_invocations SET claimed = 0, failed_attempts = ?, due_at = ? WHERE id = ?",
                arguments: [failedAttempts, date.timeIntervalSince1970, id])
        }
    }

    func remove(_ id: Int64) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM lambda_pending_invocations WHERE id = ?", arguments: [id])
        }
    }

    /// How many invocations wait or are being delivered.
    func count() async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lambda_pending_invocations") ?? 0 }
    }
}
