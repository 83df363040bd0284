import LambdaEvents

/// A recursive-descent parser over one expression's tokens. Each expression kind adds its grammar
/// in an extension; this file holds the cursor, alias resolution and error context.
struct Parser {
    let kind: ExpressionKind
    let attributes: ExpressionAttributes
    private let source: [Character]
    private let tokens: [Token]
    private var index = 0
    /// The aliases this expression refers to, for the request-wide unused check.
    var usage = ExpressionUsage()
    /// Operators and functions read so far, against ``DynamoDBLimits/operators``.
    private var operators = 0
    /// Groups and function calls open around the current token, against
    /// ``DynamoDBLimits/expressionNesting``.
    private var nesting = 0

    /// Words the grammar itself uses; as attribute names they are a syntax error, not a reserved-word one.
    static let grammarWords: Set<String> = ["AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"]

    init(_ expression: String, kind: ExpressionKind, attributes: ExpressionAttributes) throws(DynamoDBError) {
        self.kind = kind
        self.attributes = attributes
        self.source = Array(expression)
        self.tokens = Lexer.tokens(of: expression)
        if tokens.count == 1 { throw .emptyExpression(kind) }
    }

    var peek: Token { tokens[index] }

    /// Counts one operator or function, refusing the one past DynamoDB's limit. Called before the
    /// parser descends into the operator's operands, so it also bounds how deep it descends.
    mutating func countOperator() throws(DynamoDBError) {
        operators += 1
        if operators > DynamoDBLimits.operators { throw .tooManyOperators(kind, count: operators) }
    }

    /// Whether the group opening at the current `(` holds nothing but another group, `((x))`,
    /// which DynamoDB refuses. Known before reading either: parentheses are paired as the text is
    /// split into tokens.
    var opensRedundantGroup: Bool {
        guard let closing = peek.closing, next.isSymbol("("), let innerClosing = next.closing else { return false }
        return innerClosing + 1 == closing
    }

    /// Enters one level of a group or a function call, refusing the level past
    /// ``DynamoDBLimits/expressionNesting`` before the parser descends into it: these levels are
    /// the parser's only recursion, so this bounds its stack. Each call is paired with
    /// ``leaveNesting()``.
    mutating func enterNesting() throws(DynamoDBError) {
        nesting += 1
        guard nesting <= DynamoDBLimits.expressionNesting else { throw .tooDeeplyNested(kind, levels: nesting) }
    }

    mutating func leaveNesting() {
        nesting -= 1
    }

    /// The token after the current one, to tell a function call (`name(`) from a path.
    var next: Token { token(after: 1) }

    /// The token `offset` places after the current one, or the end.
    func token(after offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes `symbol` if it is next.
    mutating func consume(_ symbol: String) -> Bool {
        guard peek.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(_ symbol: String) throws(DynamoDBError) {
        guard consume(symbol) else { throw syntaxError() }
    }

    mutating func expectWord(_ keyword: String) throws(DynamoDBError) {
        guard peek.isWord(keyword) else { throw syntaxError() }
        advance()
    }

    func expectEnd() throws(DynamoDBError) {
        guard peek.kind == .end else { throw syntaxError() }
    }

    /// DynamoDB's syntax error at the current token; `near` spans the token before it to the one after it.
    func syntaxError() -> DynamoDBError {
        let token = peek
        let first = index > 0 ? tokens[index - 1].start : token.start
        let following = index + 1 < tokens.count ? tokens[index + 1] : token
        let last = following.kind == .end ? token.end : following.end
        let near = String(source[first..<max(first, last)])
        return .syntax(kind, token: token.text, near: near)
    }

    /// Resolves the current `:alias` to its value and records the use.
    mutating func valueAlias() throws(DynamoDBError) -> AttributeValue {
        let token = peek
        guard token.kind == .valueAlias else { throw syntaxError() }
        guard let value = attributes.values[token.text] else { throw .undefinedValue(kind, token.text) }
        usage.values.insert(token.text)
        advance()
        return value
    }
}
