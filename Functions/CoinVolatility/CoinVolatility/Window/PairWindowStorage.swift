/// Where pair windows are kept: the metrics table, or a stand-in in tests.
public protocol PairWindowStorage: Sendable {
    /// The pair's window as stored (read consistently), or a new empty one (version 0).
    func window(for pair: CoinPair) async throws -> PairWindow

    /// Stores `window` as the next version, only if the stored version is still `window.version`.
    /// - Returns: `false` when another write came first (the window must be read again).
    func save(_ window: PairWindow, at time: Int64) async throws -> Bool
}
