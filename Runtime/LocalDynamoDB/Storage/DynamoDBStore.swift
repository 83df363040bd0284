import Foundation
import GRDB
import LocalState

/// The local DynamoDB: every table, item, secondary-index entry and stream record of one emulator
/// run in one SQLite database.
///
/// The API is async over GRDB's async `read`/`write`: GRDB serializes writes on its own queue and
/// runs each closure off the caller's thread, so the HTTP endpoint can call straight from an event
/// loop without blocking it. Every write operation is one SQLite write transaction that reads the
/// current item, checks conditions and writes item, index entries and stream record together;
/// serialized writes make conditional updates correct under any number of concurrent clients.
public final class DynamoDBStore: Sendable {
    let database: any DatabaseWriter
    /// The region put into ARNs.
    public let region: String
    /// The account put into ARNs.
    public let accountID: String

    /// Opens (creating and migrating as needed) a store in the SQLite file at `path`, in WAL mode
    /// so readers never wait for the writer.
    public convenience init(path: String, region: String = "us-east-1", accountID: String = "123456789012") throws {
        try self.init(state: StateDatabase(path: path), region: region, accountID: accountID)
    }

    /// A store that lives in memory only, for `--in-memory` and tests.
    public static func inMemory(region: String = "us-east-1", accountID: String = "123456789012") throws -> DynamoDBStore {
        try DynamoDBStore(state: StateDatabase(), region: region, accountID: accountID)
    }

    /// Opens the store in the emulator's state database, creating or migrating its tables there.
    public convenience init(state: StateDatabase, region: String = "us-east-1", accountID: String = "123456789012") throws {
        try self.init(database: state.writer, region: region, accountID: accountID)
    }

    init(database: any DatabaseWriter, region: String, accountID: String) throws {
        self.database = database
        self.region = region
        self.accountID = accountID
        try Self.migrator.migrate(database)
    }
}
