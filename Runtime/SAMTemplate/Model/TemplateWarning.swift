/// Something the loader could not reproduce locally, and what it did instead.
///
/// Its description is `template.yaml:14: Fn::ImportValue cannot be resolved locally; MY_VAR is set to an empty string`.
public struct TemplateWarning: Sendable, Hashable, CustomStringConvertible {
    /// What happened, without the file and line.
    public var message: String
    /// The template file name as given to the loader.
    public var file: String
    /// The line it is about, when it is about a particular place.
    public var line: Int?

    /// Creates a warning.
    public init(_ message: String, file: String, line: Int?) {
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: message`.
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
