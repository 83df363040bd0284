/// The ListTables answer.
public struct ListTablesOutput: Codable, Sendable, Hashable {
    /// Table names in ascending order.
    public var tableNames: [String]
    /// The last name listed, when more may follow.
    public var lastEvaluatedTableName: String?

    enum CodingKeys: String, CodingKey {
        case tableNames = "TableNames"
        case lastEvaluatedTableName = "LastEvaluatedTableName"
    }
}
