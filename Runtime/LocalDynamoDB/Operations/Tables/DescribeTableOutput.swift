/// The answer of DescribeTable (`Table`).
public struct DescribeTableOutput: Codable, Sendable, Hashable {
    /// The table.
    public var table: TableDescription

    enum CodingKeys: String, CodingKey {
        case table = "Table"
    }
}
