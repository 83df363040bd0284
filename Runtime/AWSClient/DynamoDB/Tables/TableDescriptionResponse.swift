/// The outputs that wrap a description: CreateTable's and DeleteTable's `TableDescription`,
/// DescribeTable's `Table`.
struct TableDescriptionResponse: Decodable {
    let description: TableDescription

    private enum CodingKeys: String, CodingKey {
        case table = "Table"
        case tableDescription = "TableDescription"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        description = try container.decodeIfPresent(TableDescription.self, forKey: .table)
            ?? container.decode(TableDescription.self, forKey: .tableDescription)
    }
}
