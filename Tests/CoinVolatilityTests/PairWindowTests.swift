import LambdaEvents
import Testing
@testable import CoinVolatility

/// The stored forms: a window item reads back as the same window, a ranking cursor as the same
/// place, and a changed cursor not at all.
@Suite struct PairWindowTests {
    @Test func aWindowItemReadsBackExactly() throws {
        var window = PairWindow(pair: CoinPair("BTC-USD")!)
        for (index, price) in [60_123.45, 60_123.4500001, 60_122.99, 0.1 + 0.2].enumerated() {
            window.apply(SampleChange(
                pair: window.pair, sequence: StreamSequence(String(100 + index))!, sequenceNumber: String(100 + index),
                sampledAt: Int64(60 * index), removed: nil, added: price))
        }
        window.version = 7
        let item = window.item(updatedAt: 1_714_564_800)
        #expect(item["board"] == .string("STDDEV"))
        #expect(item["version"] == .number("8"), "written as the next version")
        let read = try #require(PairWindow(item: item))
        #expect(read.statistics == window.statistics)
        #expect(read.lastSequence == window.lastSequence)
        #expect(read.latestSampleAt == 180)
        #expect(read.version == 8)
        #expect(PairMetrics(read)?.stddev == window.statistics.standardDeviation)
        #expect(PairMetrics(read)?.latestSampleAt == "1970-01-01T00:03:00Z")
    }

    @Test func sequenceNumbersCompareAsNumbers() {
        #expect(StreamSequence("000000000000000000099")! < StreamSequence("100")!)
        #expect(StreamSequence("99999999999999999999")! < StreamSequence("100000000000000000000")!)
        #expect(StreamSequence("0042") == StreamSequence("42"))
        #expect(StreamSequence("12a") == nil)
        #expect(StreamSequence("") == nil)
    }

    @Test func aRankingCursorRoundTrips() throws {
        let cursor = MetricsCursor(pair: CoinPair("ETH-USD")!, standardDeviation: "12.5")
        let read = try #require(MetricsCursor(text: cursor.text))
        #expect(read == cursor)
        #expect(read.exclusiveStartKey == ["pair": .string("ETH-USD"), "board": .string("STDDEV"), "stddev": .number("12.5")])
        #expect(MetricsCursor(lastEvaluatedKey: read.exclusiveStartKey) == cursor)
        #expect(!cursor.text.contains("="), "URL-safe without padding")
    }

    @Test func aChangedRankingCursorIsRefused() {
        let text = MetricsCursor(pair: CoinPair("ETH-USD")!, standardDeviation: "12.5").text
        var flipped = Array(text)
        flipped[flipped.count / 2] = flipped[flipped.count / 2] == "A" ? "B" : "A"
        for tampered in ["", "abc", String(flipped), String(text.dropLast(3)), text + "x"] {
            #expect(MetricsCursor(text: tampered) == nil, "\(tampered)")
        }
    }
}
