import GRDB

/// The one SQLite database that holds everything an emulator run keeps: DynamoDB tables and
/// streams, stream checkpoints, and asynchronous invocations not yet delivered.
///
/// Each service migrates its own tables in it (their migration names are distinct), so they share
/// one file, one WAL and one writer: a write in one service never waits on another file's lock.
public final class StateDatabase: Sendable {
    /// The database; writes are serialized by GRDB, reads run beside them in WAL mode.
    public let writer: any DatabaseWriter
    /// The file, or `nil` in memory.
    public let path: String?

    /// Opens (creating as needed) the database in the file at `path`, in WAL mode so readers never
    /// wait for the writer.
    /// - Throws: ``StateFileError`` when the file holds something other than a SQLite database,
    ///   which is then left untouched; SQLite's own errors otherwise.
    public init(path: String) throws {
        guard StateFileHeader.accepts(path: path) else { throw StateFileError(path: path) }
        var configuration = Configuration()
        // Another process (a second lambda-local) may hold the write lock briefly.
        configuration.busyMode = .timeout(10)
        writer = try DatabasePool(path: path, configuration: configuration)
        self.path = path
    }

    /// A database that lives in memory only, for `--in-memory` and tests.
    public init() throws {
        writer = try DatabaseQueue()
        path = nil
    }
}
