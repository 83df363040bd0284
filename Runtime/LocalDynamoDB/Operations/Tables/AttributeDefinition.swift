/// A key attribute's declared type, from `AttributeDefinitions`.
public struct AttributeDefinition: Codable, Sendable, Hashable {
    /// The attribute's name.
    public var attributeName: String
    /// `S`, `N` or `B`.
    public var attributeType: String

    /// Creates a definition.
    public init(attributeName: String, attributeType: String) {
        self.attributeName = attributeName
        self.attributeType = attributeType
    }

    enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case attributeType = "AttributeType"
    }
}
