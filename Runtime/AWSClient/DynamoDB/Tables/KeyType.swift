/// The role of a key attribute. A struct rather than an enum so that a value this code does not
/// know still decodes.
public struct KeyType: RawRepresentable, Sendable, Hashable, Codable {
    /// The role as DynamoDB spells it.
    public var rawValue: String

    /// Creates a key type from its wire text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The partition key, which decides where an item is stored.
    public static let hash = KeyType(rawValue: "HASH")
    /// The sort key, which orders the items of a partition.
    public static let range = KeyType(rawValue: "RANGE")
}
