/// The type of an attribute used in a key schema.
public struct AttributeDefinition: Sendable, Hashable, Codable {
    /// The attribute's name.
    public var attributeName: String
    /// Its type: string, number or binary.
    public var attributeType: ScalarAttributeType

    /// Creates a definition.
    public init(attributeName: String, attributeType: ScalarAttributeType) {
        self.attributeName = attributeName
        self.attributeType = attributeType
    }

    private enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case attributeType = "AttributeType"
    }
}
