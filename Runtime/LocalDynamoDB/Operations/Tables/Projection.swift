/// Which attributes a secondary index copies from the table.
public struct Projection: Codable, Sendable, Hashable {
    /// `ALL`, `KEYS_ONLY` or `INCLUDE`.
    public var projectionType: String?
    /// For `INCLUDE`, the non-key attributes copied.
    public var nonKeyAttributes: [String]?

    /// Creates a projection.
    public init(projectionType: String? = "ALL", nonKeyAttributes: [String]? = nil) {
        self.projectionType = projectionType
        self.nonKeyAttributes = nonKeyAttributes
    }

    enum CodingKeys: String, CodingKey {
        case projectionType = "ProjectionType"
        case nonKeyAttributes = "NonKeyAttributes"
    }
}
