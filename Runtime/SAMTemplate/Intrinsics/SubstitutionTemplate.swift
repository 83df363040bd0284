/// The text of an `Fn::Sub`, split into literal text and `${...}` variables.
enum SubstitutionTemplate {
    enum Piece: Equatable {
        case literal(String)
        case variable(String)
    }

    /// `${!Name}` stands for the literal `${Name}`. A `${` never closed, an empty `${}` and a name
    /// CloudFormation would not accept are refused, as CloudFormation refuses the template.
    static func pieces(of text: String) throws(SubstitutionProblem) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            literal += rest[..<start.lowerBound]
            let afterOpening = rest[start.upperBound...]
            if afterOpening.first == "!" {
                literal += "${"
                rest = afterOpening.dropFirst()
                continue
            }
            guard let end = afterOpening.firstIndex(of: "}") else {
                throw .unclosed(String(rest[start.lowerBound...].prefix(40)))
            }
            let name = afterOpening[..<end].trimmingWhitespace()
            guard !name.isEmpty else { throw .emptyVariable }
            guard name.allSatisfy(isNameCharacter) else { throw .invalidName(name) }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.variable(name))
            rest = afterOpening[afterOpening.index(after: end)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// Letters, digits, `_`, `.` (an attribute) and `:` (a pseudo parameter), as CloudFormation allows.
    private static func isNameCharacter(_ character: Character) -> Bool {
        (character.isASCII && (character.isLetter || character.isNumber)) || "_.:".contains(character)
    }
}
