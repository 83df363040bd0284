extension Parser {
    /// `name ( '.' name | '[' digits ']' )*`, where a name is a bare word or a `#alias`.
    mutating func path() throws(DynamoDBError) -> DocumentPath {
        var elements: [DocumentPath.Element] = [.attribute(try attributeName())]
        while true {
            if consume(".") {
                elements.append(.attribute(try attributeName()))
            } else if consume("[") {
                guard peek.kind == .integer, let position = Int(peek.text) else { throw syntaxError() }
                advance()
                try expect("]")
                elements.append(.index(position))
            } else {
                guard elements.count <= DynamoDBLimits.nestingLevels else { throw .pathTooDeep(kind, levels: elements.count) }
                return DocumentPath(elements)
            }
        }
    }

    private mutating func attributeName() throws(DynamoDBError) -> String {
        let token = peek
        switch token.kind {
        case .word:
            if Self.grammarWords.contains(token.text.uppercased()) { throw syntaxError() }
            if ReservedWords.contains(token.text) { throw .reservedKeyword(kind, token.text) }
            advance()
            return token.text
        case .nameAlias:
            guard let name = attributes.names[token.text] else { throw .undefinedName(kind, token.text) }
            usage.names.insert(token.text)
            advance()
            return name
        default:
            throw syntaxError()
        }
    }
}
