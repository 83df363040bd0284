import CoinVolatility

/// The answer of `GET /metrics/stddev`.
struct MetricsListAnswer: Encodable {
    /// The page's pairs, highest standard deviation first.
    var pairs: [PairMetrics]
    /// Pass as `cursor` for the next page; absent on the last page.
    var cursor: String?
    /// The latest fetch of prices; absent before the first.
    var latestUpdate: LatestUpdateAnswer?
}

/// When prices were last fetched.
struct LatestUpdateAnswer: Encodable {
    /// The scheduled time the latest samples stand for, ISO 8601.
    var sampledAt: String
    /// How many pairs that fetch priced.
    var pairs: Int
}
