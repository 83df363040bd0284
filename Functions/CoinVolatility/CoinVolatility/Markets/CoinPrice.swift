/// One coin's price from the markets answer.
public struct CoinPrice: Sendable, Hashable {
    /// The pair the price is for, such as `BTC-USD`.
    public var pair: CoinPair
    /// The upstream's own id of the coin, such as `bitcoin`.
    public var coinId: String
    /// The price, positive and finite.
    public var price: Double
    /// When the upstream last changed the price, as it wrote it (ISO 8601), when it said.
    public var priceUpdatedAt: String?

    /// Creates a price.
    public init(pair: CoinPair, coinId: String, price: Double, priceUpdatedAt: String? = nil) {
        self.pair = pair
        self.coinId = coinId
        self.price = price
        self.priceUpdatedAt = priceUpdatedAt
    }
}
