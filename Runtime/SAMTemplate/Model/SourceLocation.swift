/// Where something is written in a template: a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column number.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of the file, used when nothing more precise is known.
    public static let startOfFile = SourceLocation(line: 1, column: 1)

    /// `line 7, column 12`.
    public var description: String { "line \(line), column \(column)" }
}
