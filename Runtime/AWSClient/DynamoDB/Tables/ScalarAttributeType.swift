/// The types a key attribute can have. A struct rather than an enum so that a value this code
/// does not know still decodes.
public struct ScalarAttributeType: RawRepresentable, Sendable, Hashable, Codable {
    /// The type as DynamoDB spells it.
    public var rawValue: String

    /// Creates a type from its wire text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `S`.
    public static let string = ScalarAttributeType(rawValue: "S")
    /// `N`.
    public static let number = ScalarAttributeType(rawValue: "N")
    /// `B`.
    public static let binary = ScalarAttributeType(rawValue: "B")
}
