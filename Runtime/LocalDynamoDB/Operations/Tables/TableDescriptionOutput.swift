/// The answer of CreateTable and DeleteTable (`TableDescription`).
public struct TableDescriptionOutput: Codable, Sendable, Hashable {
    /// The table.
    public var tableDescription: TableDescription

    enum CodingKeys: String, CodingKey {
        case tableDescription = "TableDescription"
    }
}
