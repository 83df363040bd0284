@testable import CoinVolatility

/// Pair windows kept in memory, with the metrics table's conditional write, and ways to make
/// writes fail or lose a race.
actor InMemoryWindowStorage: PairWindowStorage {
    private(set) var windows: [CoinPair: PairWindow] = [:]
    private(set) var saves = 0
    /// Pairs whose writes fail as if DynamoDB were down.
    var failing: Set<CoinPair> = []
    /// Pairs for which another writer sneaks in this many times between a read and a write.
    var racing: [CoinPair: Int] = [:]

    struct Unavailable: Error {}

    func setFailing(_ pairs: Set<CoinPair>) { failing = pairs }
    func setRacing(_ pair: CoinPair, times: Int) { racing[pair] = times }

    func window(for pair: CoinPair) async throws -> PairWindow {
        windows[pair] ?? PairWindow(pair: pair)
    }

    func save(_ window: PairWindow, at time: Int64) async throws -> Bool {
        if failing.contains(window.pair) { throw Unavailable() }
        if let times = racing[window.pair], times > 0 {
            racing[window.pair] = times - 1
            // The other writer changes nothing but the version, as a write of the same records would.
            var other = windows[window.pair] ?? PairWindow(pair: window.pair)
            other.version += 1
            windows[window.pair] = other
        }
        let stored = windows[window.pair]?.version ?? 0
        guard stored == window.version else { return false }
        var saved = window
        saved.version += 1
        saved.updatedAt = time
        windows[window.pair] = saved
        saves += 1
        return true
    }
}
