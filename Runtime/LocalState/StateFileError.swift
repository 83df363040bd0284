/// Why the file named for the state cannot be used. The file is left exactly as it was.
public struct StateFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String

    /// `<path> is not a lambda-local state file (SQLite database)`.
    public var description: String {
        "\(path) is not a lambda-local state file (SQLite database)"
    }
}
