/// Why a template could not be loaded, with the file and the place in it.
///
/// Its description is one line: `template.yaml, line 7, column 12: Fn::If needs 3 arguments, got 2`.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public var code: Code
    /// What is wrong, in one sentence, without the file and position.
    public var message: String
    /// The template file name as given to the loader.
    public var file: String
    /// Where the problem is, when it is in a particular place.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String, location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.location = location
    }

    /// The file, the line and column where known, and the problem, on one line.
    public var description: String {
        guard let location else { return "\(file): \(message)" }
        return "\(file), \(location): \(message)"
    }
}
