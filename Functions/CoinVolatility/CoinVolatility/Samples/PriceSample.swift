import AWSClient
import LambdaEvents

/// One price of one pair at one scheduled time: an item of the samples table.
///
/// The key is the pair and the time of the scheduled event that fetched it, not the time of the
/// write: a redelivered or retried schedule writes the same keys again, so a sample is never
/// stored (nor counted) twice. `expiresAt` is the table's time to live; its deletion reaches the
/// stream and takes the sample out of the pair's window.
public struct PriceSample: Sendable, Hashable {
    /// The pair, the table's partition key.
    public var pair: CoinPair
    /// The scheduled event's time, epoch seconds: the table's sort key.
    public var sampledAt: Int64
    /// The price.
    public var price: Double
    /// The upstream's id of the coin.
    public var coinId: String
    /// When the write happened, epoch seconds.
    public var fetchedAt: Int64
    /// When the upstream last changed the price, as it wrote it.
    public var priceUpdatedAt: String?

    /// How long a sample counts: the window is the last 24 hours.
    public static let windowSeconds: Int64 = 24 * 60 * 60

    /// Creates a sample.
    public init(pair: CoinPair, sampledAt: Int64, price: Double, coinId: String, fetchedAt: Int64, priceUpdatedAt: String? = nil) {
        self.pair = pair
        self.sampledAt = sampledAt
        self.price = price
        self.coinId = coinId
        self.fetchedAt = fetchedAt
        self.priceUpdatedAt = priceUpdatedAt
    }

    /// When the sample leaves the window and the table: 24 hours after the time it stands for.
    public var expiresAt: Int64 { sampledAt + Self.windowSeconds }

    /// The sample as a table item.
    public var item: DynamoDBItem {
        var item: DynamoDBItem = [
            Attribute.pair: .string(pair.description),
            Attribute.sampledAt: .number(String(sampledAt)),
            Attribute.price: .number(NumberText.of(price)),
            Attribute.coinId: .string(coinId),
            Attribute.fetchedAt: .number(String(fetchedAt)),
            Attribute.expiresAt: .number(String(expiresAt)),
        ]
        if let priceUpdatedAt { item[Attribute.priceUpdatedAt] = .string(priceUpdatedAt) }
        return item
    }

    /// The attribute names of a sample item.
    public enum Attribute {
        public static let pair = "pair"
        public static let sampledAt = "sampledAt"
        public static let price = "price"
        public static let coinId = "coinId"
        public static let fetchedAt = "fetchedAt"
        public static let expiresAt = "expiresAt"
        public static let priceUpdatedAt = "priceUpdatedAt"
    }
}
