/// What users read about one pair: the mean and standard deviation of its last 24 hours.
public struct PairMetrics: Sendable, Hashable, Encodable {
    /// The pair, such as `BTC-USD`.
    public var pair: String
    /// The population standard deviation of the prices in the window.
    public var stddev: Double
    /// Their mean.
    public var mean: Double
    /// How many samples the window holds.
    public var samples: Int
    /// The time of the newest sample, ISO 8601.
    public var latestSampleAt: String?
    /// When the figures last changed, ISO 8601.
    public var updatedAt: String?

    /// The figures of a window; `nil` when it holds no samples.
    public init?(_ window: PairWindow) {
        guard let mean = window.statistics.mean, let deviation = window.statistics.standardDeviation else { return nil }
        pair = window.pair.description
        stddev = deviation
        self.mean = mean
        samples = window.statistics.count
        latestSampleAt = window.latestSampleAt.map(EpochTime.iso8601)
        updatedAt = window.updatedAt.map(EpochTime.iso8601)
    }
}
