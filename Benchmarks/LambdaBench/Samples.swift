/// Measurements of one kind, in microseconds, and their order statistics.
struct Samples {
    private(set) var values: [Double] = []

    mutating func append(_ duration: Duration) {
        values.append(Self.microseconds(duration))
    }

    static func microseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
    }

    var count: Int { values.count }
    var mean: Double { values.reduce(0, +) / Double(max(values.count, 1)) }
    var p50: Double { percentile(0.50) }
    var p90: Double { percentile(0.90) }
    var p99: Double { percentile(0.99) }

    /// The nearest-rank percentile.
    func percentile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// The middle value (the upper one of an even count): the figure of several rounds.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
