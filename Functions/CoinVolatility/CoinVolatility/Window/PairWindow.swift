import AWSClient
import LambdaEvents

/// One pair's last 24 hours, as the metrics table keeps it: the running figures of
/// ``RollingStandardDeviation`` (every double written as the shortest text that reads back as
/// the same double, so nothing is lost between invocations), the mean and standard deviation users read, and what makes every
/// stream record count exactly once.
///
/// - `lastSequence` is the last stream record applied. Records of one pair arrive in stream order
///   (its samples share a partition key, hence a shard), so a redelivered record, whose sequence
///   number is not above it, is recognised and skipped.
/// - `version` grows with every write, and a write only succeeds if the stored version is still
///   the one that was read: two invocations working on the same pair cannot both apply a change.
public struct PairWindow: Sendable, Hashable {
    /// The pair.
    public var pair: CoinPair
    /// The running figures of the window.
    public var statistics: RollingStandardDeviation
    /// The version read from the table; 0 when the pair has no item yet.
    public var version: Int64
    /// The last stream record applied.
    public var lastSequence: StreamSequence?
    /// The time of the newest sample that entered the window, epoch seconds.
    public var latestSampleAt: Int64?
    /// When the item was last written, epoch seconds.
    public var updatedAt: Int64?

    /// A pair with no samples yet.
    public init(pair: CoinPair) {
        self.pair = pair
        statistics = RollingStandardDeviation()
        version = 0
    }

    /// What applying a record did.
    public enum Outcome: Sendable, Hashable {
        /// The window changed (or the record replaced a price with the same price).
        case applied
        /// The record was applied before: nothing changed.
        case alreadyApplied
        /// The record was applied, but the price it takes out was not in the window (its pair
        /// had no samples): the window is unchanged apart from the price it adds, if any.
        case removalFromEmptyWindow
    }

    /// Applies one stream record, unless it was applied before.
    @discardableResult
    public mutating func apply(_ change: SampleChange) -> Outcome {
        if let lastSequence, change.sequence <= lastSequence { return .alreadyApplied }
        lastSequence = change.sequence
        var outcome = Outcome.applied
        // Writing the same price again changes nothing; taking it out and putting it back would
        // only add rounding.
        if change.removed == nil || change.removed != change.added {
            if let removed = change.removed, !statistics.remove(removed) {
                outcome = .removalFromEmptyWindow
            }
            if let added = change.added {
                statistics.add(added)
                latestSampleAt = max(latestSampleAt ?? change.sampledAt, change.sampledAt)
            }
        }
        if statistics.count == 0 { latestSampleAt = nil }
        return outcome
    }

    /// The attribute names of a window item.
    public enum Attribute {
        public static let pair = "pair"
        /// The partition key of the ranking index: present only while the window has samples,
        /// so that empty pairs drop out of the ranking.
        public static let board = "board"
        /// The ranking index's sort key.
        public static let standardDeviation = "stddev"
        public static let mean = "mean"
        public static let count = "count"
        public static let shift = "shift"
        public static let sum = "sum"
        public static let sumLow = "sumLow"
        public static let sumOfSquares = "sumOfSquares"
        public static let sumOfSquaresLow = "sumOfSquaresLow"
        public static let version = "version"
        public static let lastSequence = "lastSequence"
        public static let latestSampleAt = "latestSampleAt"
        public static let updatedAt = "updatedAt"
    }

    /// The ranking index: every pair with samples under one partition, sorted by standard deviation.
    public static let rankingIndex = "ByStandardDeviation"
    /// The value of ``Attribute/board`` for pairs in the ranking.
    public static let rankingBoard = "STDDEV"

    /// The item to store, one version on from the one read.
    public func item(updatedAt: Int64) -> DynamoDBItem {
        var item: DynamoDBItem = [
            Attribute.pair: .string(pair.description),
            Attribute.count: .number(String(statistics.count)),
            Attribute.shift: .number(NumberText.of(statistics.shift)),
            Attribute.sum: .number(NumberText.of(statistics.sum.high)),
            Attribute.sumLow: .number(NumberText.of(statistics.sum.low)),
            Attribute.sumOfSquares: .number(NumberText.of(statistics.sumOfSquares.high)),
            Attribute.sumOfSquaresLow: .number(NumberText.of(statistics.sumOfSquares.low)),
            Attribute.version: .number(String(version + 1)),
            Attribute.updatedAt: .number(String(updatedAt)),
        ]
        if let mean = statistics.mean, let deviation = statistics.standardDeviation {
            item[Attribute.board] = .string(Self.rankingBoard)
            item[Attribute.mean] = .number(NumberText.of(mean))
            item[Attribute.standardDeviation] = .number(NumberText.of(deviation))
        }
        if let lastSequence { item[Attribute.lastSequence] = .string(lastSequence.digits) }
        if let latestSampleAt { item[Attribute.latestSampleAt] = .number(String(latestSampleAt)) }
        return item
    }

    /// Reads a stored window item; `nil` when it is not one.
    public init?(item: DynamoDBItem) {
        guard let pairText = item[Attribute.pair]?.stringValue, let pair = CoinPair(pairText),
              let count = NumberText.integer(item[Attribute.count]),
              let shift = NumberText.double(item[Attribute.shift]),
              let sum = NumberText.double(item[Attribute.sum]), let sumLow = NumberText.double(item[Attribute.sumLow]),
              let squares = NumberText.double(item[Attribute.sumOfSquares]),
              let squaresLow = NumberText.double(item[Attribute.sumOfSquaresLow]),
              let version = NumberText.integer(item[Attribute.version])
        else { return nil }
        self.pair = pair
        statistics = RollingStandardDeviation(
            count: Int(count), shift: shift, sum: DoubleDouble(high: sum, low: sumLow),
            sumOfSquares: DoubleDouble(high: squares, low: squaresLow))
        self.version = version
        lastSequence = item[Attribute.lastSequence]?.stringValue.flatMap(StreamSequence.init)
        latestSampleAt = NumberText.integer(item[Attribute.latestSampleAt])
        updatedAt = NumberText.integer(item[Attribute.updatedAt])
    }
}
