import LambdaEvents

/// One page of a Query or Scan.
public struct ItemPage: Sendable, Decodable {
    /// The items of this page, after the filter.
    public var items: [DynamoDBItem]
    /// How many items matched the filter (the number of `items`, or the count for `Select.count`).
    public var count: Int
    /// How many items were read before the filter.
    public var scannedCount: Int
    /// Where the next page starts, or `nil` when this is the last page.
    public var lastEvaluatedKey: DynamoDBItem?

    /// Creates a page.
    public init(items: [DynamoDBItem], count: Int, scannedCount: Int, lastEvaluatedKey: DynamoDBItem?) {
        self.items = items
        self.count = count
        self.scannedCount = scannedCount
        self.lastEvaluatedKey = lastEvaluatedKey
    }

    /// Decodes a page; a `Select.count` answer has no `Items`, read as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamoDBField.self)
        items = try container.decodeIfPresent([DynamoDBItem].self, forKey: .items) ?? []
        count = try container.decodeIfPresent(Int.self, forKey: .count) ?? items.count
        scannedCount = try container.decodeIfPresent(Int.self, forKey: .scannedCount) ?? count
        lastEvaluatedKey = try container.decodeIfPresent(DynamoDBItem.self, forKey: .lastEvaluatedKey)
    }

    /// The items decoded as `type`.
    public func decodeItems<Value: Decodable>(
        as type: Value.Type = Value.self,
        using decoder: DynamoDBItemDecoder = DynamoDBItemDecoder()
    ) throws -> [Value] {
        try items.map { try decoder.decode(type, from: $0) }
    }
}

/// The output of Query.
public typealias QueryResponse = ItemPage
/// The output of Scan.
public typealias ScanResponse = ItemPage
