/// The UpdateTimeToLive request.
public struct UpdateTimeToLiveInput: Codable, Sendable, Hashable {
    /// The table.
    public var tableName: String
    /// The new setting.
    public var timeToLiveSpecification: TimeToLiveSpecification

    /// Creates a request.
    public init(tableName: String, timeToLiveSpecification: TimeToLiveSpecification) {
        self.tableName = tableName
        self.timeToLiveSpecification = timeToLiveSpecification
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case timeToLiveSpecification = "TimeToLiveSpecification"
    }
}
