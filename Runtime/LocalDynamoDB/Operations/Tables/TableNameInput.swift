/// A request naming only a table: DescribeTable, DeleteTable, DescribeTimeToLive.
public struct TableNameInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String

    /// Creates a request.
    public init(tableName: String) {
        self.tableName = tableName
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
    }
}
