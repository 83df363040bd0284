import LambdaEvents

/// A request's `ExpressionAttributeNames` and `ExpressionAttributeValues`, shared by all of its
/// expressions (for example a Query's key condition, filter and projection).
public struct ExpressionAttributes: Sendable, Hashable {
    /// `#alias` to attribute name.
    public let names: [String: String]
    /// `:alias` to value.
    public let values: DynamoDBItem

    /// Checks the maps as DynamoDB does before parsing anything: present maps must not be empty,
    /// and every key must start with `#` (names) or `:` (values).
    public init(names: [String: String]? = nil, values: DynamoDBItem? = nil) throws(DynamoDBError) {
        if let names {
            guard !names.isEmpty else { throw .validation("ExpressionAttributeNames must not be empty") }
            if let bad = names.keys.filter({ !Self.isAlias($0, sigil: UInt8(ascii: "#")) }).min() {
                throw .validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"\(bad)\"")
            }
        }
        if let values {
            guard !values.isEmpty else { throw .validation("ExpressionAttributeValues must not be empty") }
            if let bad = values.keys.filter({ !Self.isAlias($0, sigil: UInt8(ascii: ":")) }).min() {
                throw .validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"\(bad)\"")
            }
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
