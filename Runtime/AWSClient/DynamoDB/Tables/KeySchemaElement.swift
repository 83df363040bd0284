/// One attribute of a table's or index's primary key.
public struct KeySchemaElement: Sendable, Hashable, Codable {
    /// The attribute's name.
    public var attributeName: String
    /// Its role: partition (`HASH`) or sort (`RANGE`) key.
    public var keyType: KeyType

    /// Creates a key element.
    public init(attributeName: String, keyType: KeyType) {
        self.attributeName = attributeName
        self.keyType = keyType
    }

    /// A partition key named `name`.
    public static func partition(_ name: String) -> KeySchemaElement {
        KeySchemaElement(attributeName: name, keyType: .hash)
    }

    /// A sort key named `name`.
    public static func sort(_ name: String) -> KeySchemaElement {
        KeySchemaElement(attributeName: name, keyType: .range)
    }

    private enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case keyType = "KeyType"
    }
}
