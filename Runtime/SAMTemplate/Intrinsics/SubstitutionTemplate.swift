/// The text of an `Fn::Sub`, split into literal text and `${...}` variables.
enum SubstitutionTemplate {
    enum Piece: Equatable {
        case literal(String)
        case variable(String)
    }

    /// `${!Name}` stands for the literal `${Name}`; a `${` that is never closed stays as written.
    static func pieces(of text: String) -> [Piece] {
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
                literal += rest[start.lowerBound...]
                rest = ""
                break
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.variable(afterOpening[..<end].trimmingWhitespace()))
            rest = afterOpening[afterOpening.index(after: end)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}
