/// The ListTables request.
public struct ListTablesInput: Codable, Sendable, Hashable {
    /// List names after this one (the previous page's `LastEvaluatedTableName`).
    public var exclusiveStartTableName: String?
    /// At most this many names, 1...100; 100 when absent.
    public var limit: Int?

    /// Creates a request.
    public init(exclusiveStartTableName: String? = nil, limit: Int? = nil) {
        self.exclusiveStartTableName = exclusiveStartTableName
        self.limit = limit
    }

    enum CodingKeys: String, CodingKey {
        case exclusiveStartTableName = "ExclusiveStartTableName"
        case limit = "Limit"
    }
}
