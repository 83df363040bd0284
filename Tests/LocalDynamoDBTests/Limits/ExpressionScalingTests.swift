import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// Parsing and applying are linear in the size of the expression: ten times the actions cost about
/// ten times the time (10 to 20 measured, caches included). Quadratic work (pairwise path checks,
/// a container copied per action, a list searched per member) costs a hundred times and fails the
/// bound of 40.
/// The machine is shared, so each figure is the fastest of several runs (interference only ever
/// adds time), and the best of three rounds counts: quadratic code is near 100 in every round.
@Suite(.serialized) struct ExpressionScalingTests {
    /// The fastest of seven timings of `work(count)`.
    static func fastest(_ count: Int, _ work: (Int) throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        var best = Duration.seconds(3_600)
        for _ in 0..<7 {
            let start = clock.now
            try work(count)
            best = min(best, clock.now - start)
        }
        return best
    }

    /// How much longer `work` takes for 10,000 than for 1,000, after a warm-up.
    static func ratio(_ work: (Int) throws -> Void) rethrows -> Double {
        try work(1_000)
        var best = Double.infinity
        for _ in 0..<3 {
            best = min(best, try fastest(10_000, work) / fastest(1_000, work))
            if best < 40 { break }
        }
        return best
    }

    @Test func setActionsOnTopLevelAttributes() throws {
        let ratio = try Self.ratio { count in
            let text = "SET " + (0..<count).map { "a\($0) = :v" }.joined(separator: ", ")
            _ = try UpdateExpression(text, attributes: attributes(values: [":v": 1])).apply(to: ["pk": "k"])
        }
        #expect(ratio < 40, "ratio \(ratio)")
    }

    @Test func setActionsInsideOneMap() throws {
        let ratio = try Self.ratio { count in
            let text = "SET m.a\((0..<count).map { String($0) }.joined(separator: " = :v, m.a")) = :v"
            _ = try UpdateExpression(text, attributes: attributes(values: [":v": 1])).apply(to: ["pk": "k", "m": .map([:])])
        }
        #expect(ratio < 40, "ratio \(ratio)")
    }

    @Test func removeActionsInsideOneList() throws {
        let ratio = try Self.ratio { count in
            let text = "REMOVE l[" + (0..<count).map { String($0) }.joined(separator: "], l[") + "]"
            _ = try UpdateExpression(text, attributes: attributes()).apply(to: ["pk": "k", "l": .list(Array(repeating: 1, count: count))])
        }
        #expect(ratio < 40, "ratio \(ratio)")
    }

    @Test func projectionOfManyNames() throws {
        let ratio = try Self.ratio { count in
            let text = (0..<count).map { "a\($0)" }.joined(separator: ", ")
            let item = Dictionary(uniqueKeysWithValues: (0..<count).map { ("a\($0)", AttributeValue.number(String($0))) })
            _ = try ProjectionExpression(text, attributes: attributes()).apply(to: item)
        }
        #expect(ratio < 40, "ratio \(ratio)")
    }

    @Test func addingToALargeSet() throws {
        let ratio = try Self.ratio { count in
            let members = (0..<count).map { "m\($0)" }
            let more = (0..<count).map { "n\($0)" }
            let update = try UpdateExpression("ADD s :more DELETE t :less", attributes: attributes(values: [":more": .stringSet(more), ":less": .stringSet(more)]))
            _ = try update.apply(to: ["pk": "k", "s": .stringSet(members), "t": .stringSet(members + more)])
        }
        #expect(ratio < 40, "ratio \(ratio)")
    }
}
