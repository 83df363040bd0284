/// One lexical unit of an expression, with where it sits for error messages.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A bare word: an attribute name, a keyword or a function name.
        case word
        /// `#alias`.
        case nameAlias
        /// `:alias`.
        case valueAlias
        /// Digits, only meaningful inside `[ ]`.
        case integer
        /// Punctuation and operators, and any character the language does not know.
        case symbol
        case end
    }

    let kind: Kind
    let text: String
    /// Character offsets into the expression.
    let start: Int
    let end: Int
    /// For `(`, the index of the `)` that closes it, when one does.
    var closing: Int?

    func isWord(_ keyword: String) -> Bool {
        kind == .word && text.uppercased() == keyword
    }

    func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }
}
