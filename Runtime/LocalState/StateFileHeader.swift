import Foundation

/// Tells a SQLite database from any other file before SQLite opens it: SQLite takes a file too
/// short to hold its header for an empty database and writes a new one over it.
enum StateFileHeader {
    /// The 16 bytes every SQLite 3 database starts with.
    static let magic = Array("SQLite format 3\0".utf8)

    /// Whether the state may live in the file at `path`: a missing or empty file is created, an
    /// existing one must be a SQLite database.
    static func accepts(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: magic.count), !start.isEmpty else { return true }
        return Array(start) == magic
    }
}
