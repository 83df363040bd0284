import LambdaEvents
import Synchronization

/// Expressions already parsed, by their text, so that a client sending the same expression on
/// every request (as SDK clients and their callers do) does not pay for lexing and parsing again.
///
/// A parse resolves `#name` and `:value` aliases as it goes, so it depends on the request's
/// attribute maps as well as on the text. Every alias lookup the parser makes is recorded in the
/// expression's ``ExpressionUsage`` (a lookup either succeeds and is recorded, or fails the
/// parse), so a successful parse is a function of its text, its context and the names and values
/// of exactly those aliases. An entry keeps them and is returned only when the request maps the
/// same aliases to equal names and values; anything else is parsed afresh. Failed parses are
/// never kept, so errors come out as they always did.
final class ParsedExpressionCache<Context: Hashable & Sendable, Parsed: Sendable>: Sendable {
    /// The text and whatever else the parse reads besides the aliases (the kind, the key schema).
    /// Keys match by `==`, which for strings is canonical equivalence; an entry is used only when
    /// its text, context and aliases are also the same byte for byte (see ``Entry/fits(_:_:_:_:)``).
    struct Key: Hashable, Sendable {
        let text: String
        let context: Context
    }

    /// A parse and what it was made from.
    struct Entry: Sendable {
        let key: Key
        let names: [(alias: String, name: String)]
        let values: [(alias: String, value: AttributeValue)]
        let parsed: Parsed

        /// Whether the parse is the one `key` and `attributes` would give: same text, same
        /// context and the same resolution of every alias it used, to the byte.
        func fits(_ key: Key, _ attributes: ExpressionAttributes, _ sameContext: (Context, Context) -> Bool) -> Bool {
            self.key.text.hasSameBytes(as: key.text) && sameContext(self.key.context, key.context)
                && names.allSatisfy { used in attributes.names[used.alias].map { $0.hasSameBytes(as: used.name) } ?? false }
                && values.allSatisfy { used in attributes.values[used.alias].map { $0.isIdentical(to: used.value) } ?? false }
        }
    }

    private let entries = Mutex<[Key: Entry]>([:])
    /// Past this many texts one entry is dropped for each new one; a client with more distinct
    /// expressions than this only loses the saving, never correctness.
    let capacity: Int
    /// Byte-exact equality of contexts, for contexts that hold strings.
    private let sameContext: @Sendable (Context, Context) -> Bool

    init(capacity: Int = 512, sameContext: @escaping @Sendable (Context, Context) -> Bool = { $0 == $1 }) {
        self.capacity = capacity
        self.sameContext = sameContext
    }

    /// The parse of `text`, a `kind` expression, kept or made by `parse`. Text past DynamoDB's
    /// 4 KB is refused first, by its byte count alone, so no longer text is ever lexed or kept.
    func parsed(
        _ text: String,
        kind: ExpressionKind,
        context: Context,
        attributes: ExpressionAttributes,
        usage: (Parsed) -> ExpressionUsage,
        parse: () throws(DynamoDBError) -> Parsed
    ) throws(DynamoDBError) -> Parsed {
        let bytes = text.utf8.count
        guard bytes <= DynamoDBLimits.expressionBytes else { throw .expressionTooLong(kind, bytes: bytes) }
        let key = Key(text: text, context: context)
        if let entry = entries.withLock({ $0[key] }), entry.fits(key, attributes, sameContext) {
            return entry.parsed
        }
        let parsed = try parse()
        let used = usage(parsed)
        let entry = Entry(
            key: key,
            names: used.names.map { (alias: $0, name: attributes.names[$0]!) },
            values: used.values.map { (alias: $0, value: attributes.values[$0]!) },
            parsed: parsed
        )
        entries.withLock { entries in
            if entries[key] == nil, entries.count >= capacity {
                entries.remove(at: entries.startIndex)
            }
            entries[key] = entry
        }
        return parsed
    }

    /// How many texts are kept; for tests.
    var count: Int { entries.withLock { $0.count } }
}
