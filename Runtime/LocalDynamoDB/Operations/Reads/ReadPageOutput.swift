import LambdaEvents

/// The answer of Query and Scan: one page of items.
public struct ReadPageOutput: Codable, Sendable, Hashable {
    /// The items that passed the filter, projected; absent for `Select: COUNT`.
    public var items: [DynamoDBItem]?
    /// How many items passed the filter.
    public var count: Int
    /// How many items were read, before the filter.
    public var scannedCount: Int
    /// Where the next page starts, when this page stopped at `Limit` or 1 MB.
    public var lastEvaluatedKey: DynamoDBItem?

    enum CodingKeys: String, CodingKey {
        case items = "Items"
        case count = "Count"
        case scannedCount = "ScannedCount"
        case lastEvaluatedKey = "LastEvaluatedKey"
    }
}
