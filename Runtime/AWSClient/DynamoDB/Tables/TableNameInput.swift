/// `{"TableName": ...}`, the whole input of DescribeTable and DeleteTable.
struct TableNameInput: Encodable {
    let tableName: String

    init(_ tableName: String) {
        self.tableName = tableName
    }

    private enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
    }
}
