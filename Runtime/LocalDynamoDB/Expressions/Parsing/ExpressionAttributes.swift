import LambdaEvents

/// A request's `ExpressionAttributeNames` and `ExpressionAttributeValues`, shared by all of its
/// expressions (for example a Query's key condition, filter and projection).
public struct ExpressionAttributes: Sendable, Hashable {
    /// `#alias` to attribute name.
    public let names: [String: String]
    /// `:alias` to value.
    public let values: DynamoDBItem

    /// Checks the maps as DynamoDB does before parsing anything: present maps must not be empty,
    /// every key must be a `#` (names) or `:` (values) placeholder of at most 255 bytes, no value
    /// may nest past 32 levels, and names and values together must fit in 2 MB
    /// (see ``DynamoDBLimits``).
    public init(names: [String: String]? = nil, values: DynamoDBItem? = nil) throws(DynamoDBError) {
        var size = 0
        if let names {
            guard !names.isEmpty else { throw .validation("ExpressionAttributeNames must not be empty") }
            if let long = names.keys.filter({ $0.utf8.count > DynamoDBLimits.placeholderBytes }).min() {
                throw .validation("ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: \(long.utf8.count)")
            }
            if let bad = names.keys.filter({ !Self.isAlias($0, sigil: UInt8(ascii: "#")) }).min() {
                throw .validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"\(bad)\"")
            }
            for (alias, name) in names { size += alias.utf8.count + name.utf8.count }
        }
        if let values {
            guard !values.isEmpty else { throw .validation("ExpressionAttributeValues must not be empty") }
            if values.keys.contains(where: { $0.utf8.count > DynamoDBLimits.placeholderBytes }) {
                throw .validation("ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;")
            }
            if let bad = values.keys.filter({ !Self.isAlias($0, sigil: UInt8(ascii: ":")) }).min() {
                throw .validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"\(bad)\"")
            }
            // Depth first: measuring a value walks it, and only a bounded depth is safe to walk.
            if let deep = values.filter({ $0.value.nestsTooDeep() }).keys.min() {
                throw .validation("ExpressionAttributeValues contains invalid value: \(DynamoDBError.nestingTooDeep.message) for key \(deep)")
            }
            for (alias, value) in values { size += alias.utf8.count + ItemSize.of(value) }
        }
        guard size <= DynamoDBLimits.substitutionBytes else {
            throw .validation("ExpressionAttributeNames and ExpressionAttributeValues together exceed the maximum allowed size of \(DynamoDBLimits.substitutionBytes) bytes; size: \(size)")
        }
        self.names = names ?? [:]
        self.values = values ?? [:]
    }

    /// Throws DynamoDB's "unused" error when a name or value appears in none of `usages`, the
    /// expressions of one request. Values are checked first, as DynamoDB does.
    public func checkAllUsed(by usages: [ExpressionUsage]) throws(DynamoDBError) {
        let usedValues = usages.reduce(into: Set<String>()) { $0.formUnion($1.values) }
        let unusedValues = values.keys.filter { !usedValues.contains($0) }.sorted()
        if !unusedValues.isEmpty {
            throw .validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {\(unusedValues.joined(separator: ", "))}")
        }
        let usedNames = usages.reduce(into: Set<String>()) { $0.formUnion($1.names) }
        let unusedNames = names.keys.filter { !usedNames.contains($0) }.sorted()
        if !unusedNames.isEmpty {
            throw .validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {\(unusedNames.joined(separator: ", "))}")
        }
    }

    /// The sigil and at least one ASCII letter, digit or `_`. Read as bytes: a key with anything
    /// else (a combining mark after the sigil included) fails either way, and bytes spare the
    /// grapheme breaking that `Character`s cost on every request.
    private static func isAlias(_ key: String, sigil: UInt8) -> Bool {
        let bytes = key.utf8
        guard bytes.count > 1, bytes.first == sigil else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}
