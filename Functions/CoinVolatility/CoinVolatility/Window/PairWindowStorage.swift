/// Where pair windows are kept: the metrics table, or a stand-in in tests.
public protocol PairWindowStorage: Sendable {
    /// The pair's window as stored (read consistently), or a new empty one (version 0).
    func window(for pair: CoinPair) async throws -> PairWindow

    /// Stores `window` as the next version, only if the stored version is still `window.version`.
    /// - Returns: `false` when another write came first (the window must be read again).
    func save(_ window: PairWindow, at time: Int64) async throws -> Bool

    /// The windows of `pairs` (at most ``WindowUpdater/maximumPairsTogether``, no pair twice), read
    /// consistently and together; a pair with nothing stored is missing from the answer.
    func windows(for pairs: [CoinPair]) async throws -> [CoinPair: PairWindow]

    /// Stores every window as its next version, all of them or none, each only if its stored
    /// version is still the one it was read at.
    /// - Returns: `false`, having written nothing, when any of them had moved.
    func saveAll(_ windows: [PairWindow], at time: Int64) async throws -> Bool
}
