/// The UpdateTable request. lambda-local changes a table's deletion protection; every other
/// member UpdateTable takes is kept by name, so that a change it cannot make yet is refused
/// rather than answered as if it had been made.
public struct UpdateTableInput: Decodable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// Turns deletion protection on or off.
    public var deletionProtectionEnabled: Bool?
    /// The members present that lambda-local does not apply, in order.
    public var unsupportedMembers: [String]

    /// Creates a request.
    public init(tableName: String, deletionProtectionEnabled: Bool? = nil) {
        self.tableName = tableName
        self.deletionProtectionEnabled = deletionProtectionEnabled
        unsupportedMembers = []
    }

    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        tableName = try container.decode(String.self, forKey: MemberKey("TableName"))
        deletionProtectionEnabled = try container.decodeIfPresent(Bool.self, forKey: MemberKey("DeletionProtectionEnabled"))
        unsupportedMembers = container.allKeys.map(\.stringValue)
            .filter { $0 != "TableName" && $0 != "DeletionProtectionEnabled" }.sorted()
    }
}
