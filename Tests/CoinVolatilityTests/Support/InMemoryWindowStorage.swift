@testable import CoinVolatility

/// Pair windows kept in memory, with the metrics table's conditional write, and ways to make
/// writes fail or lose a race.
actor InMemoryWindowStorage: PairWindowStorage {
    private(set) var windows: [CoinPair: PairWindow] = [:]
    /// Windows written, alone or together.
    private(set) var saves = 0
    /// Reads of several pairs at once, and writes of several windows at once.
    private(set) var groupReads = 0
    private(set) var groupWrites = 0
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
        race(window.pair)
        guard isCurrent(window) else { return false }
        store(window, at: time)
        return true
    }

    func windows(for pairs: [CoinPair]) async throws -> [CoinPair: PairWindow] {
        groupReads += 1
        return windows.filter { pairs.contains($0.key) }
    }

    func saveAll(_ group: [PairWindow], at time: Int64) async throws -> Bool {
        groupWrites += 1
        if group.contains(where: { failing.contains($0.pair) }) { throw Unavailable() }
        for window in group { race(window.pair) }
        guard group.allSatisfy(isCurrent) else { return false }
        for window in group { store(window, at: time) }
        return true
    }

    /// Another writer comes between the read and the write of `pair`, if it is set to.
    private func race(_ pair: CoinPair) {
        guard let times = racing[pair], times > 0 else { return }
        racing[pair] = times - 1
        // The other writer changes nothing but the version, as a write of the same records would.
        var other = windows[pair] ?? PairWindow(pair: pair)
        other.version += 1
        windows[pair] = other
    }

    private func isCurrent(_ window: PairWindow) -> Bool {
        (windows[window.pair]?.version ?? 0) == window.version
    }

    private func store(_ window: PairWindow, at time: Int64) {
        var saved = window
        saved.version += 1
        saved.updatedAt = time
        windows[window.pair] = saved
        saves += 1
    }
}
