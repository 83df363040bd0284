import Testing
import TestSupport
@testable import CoinVolatility

/// The running figures against a direct two-pass computation over the same window, at 1e-9
/// relative, through additions, removals in and out of order, large offsets and long runs.
@Suite struct RollingStandardDeviationTests {
    /// Checks the running figures against the window's direct computation.
    func expectMatches(_ rolling: RollingStandardDeviation, _ window: [Double], _ context: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rolling.count == window.count, "\(context): count", sourceLocation: sourceLocation)
        let reference = TwoPassReference(window)
        #expect(isClose(rolling.mean, reference.mean, relative: 1e-12), "\(context): mean \(rolling.mean ?? .nan) vs \(reference.mean)", sourceLocation: sourceLocation)
        #expect(isClose(rolling.populationVariance, reference.variance), "\(context): variance \(rolling.populationVariance ?? .nan) vs \(reference.variance)", sourceLocation: sourceLocation)
        #expect(isClose(rolling.standardDeviation, reference.standardDeviation), "\(context): stddev", sourceLocation: sourceLocation)
    }

    @Test func aFewPricesGiveTheTextbookFigures() {
        var rolling = RollingStandardDeviation()
        for price in [2.0, 4, 4, 4, 5, 5, 7, 9] { rolling.add(price) }
        #expect(rolling.count == 8)
        #expect(rolling.mean == 5)
        #expect(rolling.populationVariance == 4)
        #expect(rolling.standardDeviation == 2)
        #expect(isClose(rolling.sampleVariance, 32.0 / 7))
    }

    @Test func anEmptyWindowHasNoFiguresAndOneSampleHasNoSpread() {
        var rolling = RollingStandardDeviation()
        #expect(rolling.mean == nil)
        #expect(rolling.standardDeviation == nil)
        let removedFromEmpty = rolling.remove(1)
        #expect(removedFromEmpty == false, "nothing to remove from an empty window")
        rolling.add(60_000.5)
        #expect(rolling.mean == 60_000.5)
        #expect(rolling.standardDeviation == 0)
        #expect(rolling.sampleVariance == nil)
        let removed = rolling.remove(60_000.5)
        #expect(removed)
        #expect(rolling.count == 0)
        #expect(rolling.mean == nil)
        #expect(rolling == RollingStandardDeviation(), "an emptied window starts afresh")
    }

    @Test func aSlidingDayOfPricesAround60000WithTinyVarianceMatchesTheTwoPassFigures() {
        var random = SeededGenerator(seed: 1)
        var rolling = RollingStandardDeviation()
        var window: [Double] = []
        var price = 60_000.0
        // Five days of minutes through a one-day window: every price enters, most also leave.
        for minute in 0..<(5 * 1_440) {
            price += Double.random(in: -0.0004...0.0004, using: &random)
            let sample = price + Double.random(in: -0.001...0.001, using: &random)
            rolling.add(sample)
            window.append(sample)
            if window.count > 1_440 {
                let leaving = window.removeFirst()
                let removed = rolling.remove(leaving)
                #expect(removed)
            }
            if minute % 480 == 479 {
                expectMatches(rolling, window, "minute \(minute)")
            }
        }
        let deviation = rolling.standardDeviation ?? 0
        #expect(deviation > 0 && deviation < 0.1, "the spread is a tiny fraction of the price: \(deviation)")
    }

    @Test func removalsInAnyOrderAndPricesOfEveryScaleMatchTheTwoPassFigures() {
        var random = SeededGenerator(seed: 2)
        for scale in [0.000_023_91, 0.127_834, 1.000_2, 3_012.87, 60_123.45, 9.5e9] {
            var rolling = RollingStandardDeviation()
            var window: [Double] = []
            for step in 0..<4_000 {
                // Grow to about 500 prices, then as many leave as enter, the leaving one chosen at random.
                if window.count > 500 || (window.count > 1 && Bool.random(using: &random) && step % 3 == 0) {
                    let index = Int.random(in: 0..<window.count, using: &random)
                    let leaving = window.remove(at: index)
                    let removed = rolling.remove(leaving)
                    #expect(removed)
                } else {
                    let sample = scale * (1 + Double.random(in: -0.05...0.05, using: &random))
                    rolling.add(sample)
                    window.append(sample)
                }
            }
            expectMatches(rolling, window, "scale \(scale)")
        }
    }

    @Test func aPriceThatDriftsFor100DaysStaysExact() {
        var random = SeededGenerator(seed: 3)
        var rolling = RollingStandardDeviation()
        var window: [Double] = []
        window.reserveCapacity(1_441)
        var price = 60_000.0
        var head = 0
        var all: [Double] = []
        all.reserveCapacity(144_000)
        // From 60,000 to about 100,000, then a quiet last day: what earlier days leave behind in
        // rounding must not show in the quiet day's small spread.
        for minute in 0..<(100 * 1_440) {
            if minute < 99 * 1_440 {
                price += 0.28 + Double.random(in: -5...5, using: &random)
            } else {
                price += Double.random(in: -0.0005...0.0005, using: &random)
            }
            rolling.add(price)
            all.append(price)
            if all.count - head > 1_440 {
                let leaving = all[head]
                let removed = rolling.remove(leaving)
                #expect(removed)
                head += 1
            }
        }
        window = Array(all[head...])
        #expect(window.count == 1_440)
        expectMatches(rolling, window, "after 100 days")
        #expect((rolling.mean ?? 0) > 90_000)
    }

    @Test func equalPricesHaveNoSpreadHoweverOftenTheyComeAndGo() {
        var rolling = RollingStandardDeviation()
        for round in 0..<10_000 {
            rolling.add(60_123.45)
            if round >= 100 { rolling.remove(60_123.45) }
            let variance = rolling.populationVariance ?? -1
            #expect(variance >= 0, "never negative (round \(round))")
        }
        #expect(rolling.count == 100)
        #expect(rolling.mean == 60_123.45)
        #expect(rolling.standardDeviation == 0)
    }

    @Test func restoredFiguresContinueExactlyAsTheOriginal() {
        var original = RollingStandardDeviation()
        for price in [10.5, 11.25, 9.75, 10.0] { original.add(price) }
        var restored = RollingStandardDeviation(
            count: original.count, shift: original.shift, sum: original.sum, sumOfSquares: original.sumOfSquares)
        original.add(12)
        restored.add(12)
        original.remove(10.5)
        restored.remove(10.5)
        #expect(original == restored)
        expectMatches(restored, [11.25, 9.75, 10.0, 12], "restored")
    }
}
