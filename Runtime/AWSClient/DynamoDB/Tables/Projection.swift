/// Which attributes a secondary index copies from the table.
public struct Projection: Sendable, Hashable, Codable {
    /// `ALL`, `KEYS_ONLY` or `INCLUDE`.
    public var projectionType: String
    /// With `INCLUDE`: the attributes copied besides the keys.
    public var nonKeyAttributes: [String]?

    /// Creates a projection.
    public init(projectionType: String, nonKeyAttributes: [String]? = nil) {
        self.projectionType = projectionType
        self.nonKeyAttributes = nonKeyAttributes
    }

    /// Every attribute.
    public static let all = Projection(projectionType: "ALL")
    /// Only the table's and the index's keys.
    public static let keysOnly = Projection(projectionType: "KEYS_ONLY")

    /// The keys and the named attributes.
    public static func include(_ attributes: [String]) -> Projection {
        Projection(projectionType: "INCLUDE", nonKeyAttributes: attributes)
    }

    private enum CodingKeys: String, CodingKey {
        case projectionType = "ProjectionType"
        case nonKeyAttributes = "NonKeyAttributes"
    }
}
