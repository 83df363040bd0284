/// Splits an expression into tokens. It never fails: unknown characters become symbol tokens so
/// the parser reports them with DynamoDB's "Syntax error; token" message and its context.
struct Lexer {
    static func tokens(of expression: String) -> [Token] {
        let characters = Array(expression)
        var tokens: [Token] = []
        var position = 0
        // Indexes of the `(` not closed yet, so that each learns its `)` in this same pass.
        var open: [Int] = []
        func isWordCharacter(_ character: Character) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        while position < characters.count {
            let character = characters[position]
            let start = position
            let kind: Token.Kind
            if character.isWhitespace {
                position += 1
                continue
            } else if character.isASCII && character.isNumber {
                while position < characters.count, characters[position].isASCII, characters[position].isNumber { position += 1 }
                kind = .integer
            } else if isWordCharacter(character) {
                while position < characters.count, isWordCharacter(characters[position]) { position += 1 }
                kind = .word
            } else if character == "#" || character == ":" {
                position += 1
                while position < characters.count, isWordCharacter(characters[position]) { position += 1 }
                kind = character == "#" ? .nameAlias : .valueAlias
            } else {
                position += 1
                let pair = position < characters.count ? String([character, characters[position]]) : ""
                if pair == "<>" || pair == "<=" || pair == ">=" { position += 1 }
                kind = .symbol
            }
            let token = Token(kind: kind, text: String(characters[start..<position]), start: start, end: position)
            if token.isSymbol("(") {
                open.append(tokens.count)
            } else if token.isSymbol(")"), let opening = open.popLast() {
                tokens[opening].closing = tokens.count
            }
            tokens.append(token)
        }
        tokens.append(Token(kind: .end, text: "<EOF>", start: characters.count, end: characters.count))
        return tokens
    }
}
