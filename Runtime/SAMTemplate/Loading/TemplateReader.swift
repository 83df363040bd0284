import Yams

/// Turns template text (YAML or JSON) into a `TemplateValue` tree that remembers where each value is written.
struct TemplateReader {
    let fileName: String
    /// YAML aliases share nodes, so a small document can expand into a huge tree. Without aliases a
    /// document has fewer nodes than characters, so a generous multiple of its size caps the expansion.
    var remainingNodes = 0

    init(fileName: String) {
        self.fileName = fileName
    }

    /// Reads the whole document; it must be a single mapping.
    mutating func read(_ text: String) throws(TemplateError) -> TemplateValue {
        let text = Self.preparing(text)
        remainingNodes = 10_000 + 4 * text.utf8.count
        if let line = NestingDepthCheck.lineExceedingLimit(in: text) {
            throw error(.syntax, "values are nested more than \(NestingDepthCheck.limit) levels deep",
                        at: SourceLocation(line: line, column: 1))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let yamlError as YamlError {
            throw TemplateError(yamlError, file: fileName, text: text)
        } catch {
            throw self.error(.syntax, "the template could not be parsed: \(error)", at: nil)
        }
        guard let root else {
            throw error(.invalidTemplate, "the template is empty", at: .startOfFile)
        }
        let value = try convert(root, depth: 0)
        guard case .map = value.kind else {
            throw error(.invalidTemplate, "the template must be a mapping of sections (Resources, Parameters, ...)",
                        at: value.location)
        }
        return value
    }

    /// Drops a byte-order mark, and in JSON turns tabs into spaces: JSON allows tab indentation,
    /// YAML 1.1 does not, and tabs cannot appear unescaped inside JSON strings, so nothing else changes.
    private static func preparing(_ text: String) -> String {
        var text = text
        if text.first == "\u{FEFF}" { text.removeFirst() }
        if text.first(where: { !$0.isWhitespace }) == "{" {
            text = String(text.map { $0 == "\t" ? " " : $0 })
        }
        return text
    }

    func error(_ code: TemplateError.Code, _ message: String, at location: SourceLocation?) -> TemplateError {
        TemplateError(code, message, file: fileName, location: location)
    }
}
