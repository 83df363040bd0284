import Yams

extension TemplateError {
    /// Describes a Yams parse failure at the place libyaml reported.
    init(_ error: YamlError, file: String, text: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line))"
            }
            self.init(.syntax, message, file: file, location: SourceLocation(line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let location = offset.map { Self.location(ofCharacterOffset: $0, in: text) }
            self.init(.syntax, "invalid text: \(problem)", file: file, location: location)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            self.init(.syntax, "duplicate key \(keys) in the same mapping", file: file,
                      location: SourceLocation(line: context.mark.line, column: context.mark.column))
        default:
            self.init(.syntax, "invalid YAML: \(error)", file: file)
        }
    }

    private static func location(ofCharacterOffset offset: Int, in text: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
