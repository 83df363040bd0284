import LambdaEvents

/// The one record that says when prices were last fetched: kept in the metrics table under a key
/// no pair can have (pairs are letters and digits only).
public struct LatestUpdate: Sendable, Hashable {
    /// The scheduled time the prices stand for, epoch seconds.
    public var sampledAt: Int64
    /// When they were written, epoch seconds.
    public var fetchedAt: Int64
    /// How many pairs got a sample.
    public var pairCount: Int
    /// How many coins of the answer were left out.
    public var skippedCount: Int

    /// The metrics table key of the record.
    public static let key = "#latest-update"

    /// Creates a record.
    public init(sampledAt: Int64, fetchedAt: Int64, pairCount: Int, skippedCount: Int) {
        self.sampledAt = sampledAt
        self.fetchedAt = fetchedAt
        self.pairCount = pairCount
        self.skippedCount = skippedCount
    }

    /// The record as an item of the metrics table.
    public var item: DynamoDBItem {
        [
            PairWindow.Attribute.pair: .string(Self.key),
            "sampledAt": .number(String(sampledAt)),
            "fetchedAt": .number(String(fetchedAt)),
            "pairCount": .number(String(pairCount)),
            "skippedCount": .number(String(skippedCount)),
        ]
    }

    /// Reads the stored record; `nil` when it is not one.
    public init?(item: DynamoDBItem) {
        guard item[PairWindow.Attribute.pair]?.stringValue == Self.key,
              let sampledAt = NumberText.integer(item["sampledAt"]),
              let fetchedAt = NumberText.integer(item["fetchedAt"]),
              let pairCount = NumberText.integer(item["pairCount"])
        else { return nil }
        self.init(
            sampledAt: sampledAt, fetchedAt: fetchedAt, pairCount: Int(pairCount),
            skippedCount: Int(NumberText.integer(item["skippedCount"]) ?? 0))
    }
}
