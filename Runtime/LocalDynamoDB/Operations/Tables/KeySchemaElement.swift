/// One element of a `KeySchema` request or response member: an attribute and its role.
public struct KeySchemaElement: Codable, Sendable, Hashable {
    /// The key attribute's name.
    public var attributeName: String
    /// `HASH` for the partition key, `RANGE` for the sort key.
    public var keyType: String

    /// Creates an element.
    public init(attributeName: String, keyType: String) {
        self.attributeName = attributeName
        self.keyType = keyType
    }

    enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case keyType = "KeyType"
    }
}

extension [KeySchemaElement] {
    /// The names of the `HASH` and `RANGE` elements, as the expression layer takes them.
    var keySchema: KeySchema {
        KeySchema(
            partitionKey: first { $0.keyType == "HASH" }?.attributeName ?? "",
            sortKey: first { $0.keyType == "RANGE" }?.attributeName
        )
    }
}
