import CoinVolatility
import Foundation
import LambdaEvents

/// A made-up but reproducible day of prices for the stddev benchmark: sample `n` of a pair is
/// taken `n` sampling intervals after ``start``; the first ``windowSamples`` fill the 24-hour
/// window, and fetch `f` adds sample `windowSamples + f` while sample `f` expires.
struct PriceHistory {
    let samplesPerMinute: Int
    /// Epoch seconds of sample 0.
    let start: Int64 = 1_767_225_600

    var windowSamples: Int { 1_440 * samplesPerMinute }

    func pair(_ index: Int) -> CoinPair {
        CoinPair(symbol: "COIN\(index)", currency: "USD")!
    }

    /// Epoch seconds of a sample; the shortest interval, six seconds, divides a minute evenly.
    func time(sample: Int) -> Int64 {
        start + Int64(sample * 60 / samplesPerMinute)
    }

    /// Prices that wander around a level of their own for each pair.
    func price(pair: Int, sample: Int) -> Double {
        let level = 10 + Double(pair) * 37.5
        return level * (1 + 0.05 * sin(Double(sample) * 0.0131 + Double(pair)) + 0.001 * Double(sample % 7))
    }

    /// The stream records of fetch `fetch`, in the order the table's stream would hold them: the
    /// new samples of every pair, then the expiries of the samples a day older.
    func streamRecords(fetch: Int, pairs: Int, sequence: inout Int) -> [DynamoDBStreamEvent.Record] {
        let entering = windowSamples + fetch
        var records: [DynamoDBStreamEvent.Record] = []
        records.reserveCapacity(pairs * 2)
        for index in 0..<pairs {
            records.append(record(.insert, pair: index, sample: entering, sequence: &sequence))
        }
        for index in 0..<pairs {
            records.append(record(.remove, pair: index, sample: fetch, sequence: &sequence))
        }
        return records
    }

    private func record(_ name: DynamoDBStreamEvent.EventName, pair index: Int, sample: Int, sequence: inout Int) -> DynamoDBStreamEvent.Record {
        sequence += 1
        let stored = PriceSample(
            pair: pair(index), sampledAt: time(sample: sample), price: price(pair: index, sample: sample),
            coinId: "coin-\(index)", fetchedAt: time(sample: sample)
        ).item
        let keys: DynamoDBItem = [
            PriceSample.Attribute.pair: stored[PriceSample.Attribute.pair]!,
            PriceSample.Attribute.sampledAt: stored[PriceSample.Attribute.sampledAt]!,
        ]
        let digits = String(sequence)
        let sequenceNumber = "4" + String(repeating: "0", count: 20 - digits.count) + digits
        let removed = name == .remove
        return DynamoDBStreamEvent.Record(
            eventID: "bench-\(sequence)", eventName: name, awsRegion: "us-east-1",
            eventSourceARN: "arn:aws:dynamodb:us-east-1:123456789012:table/CoinSamplesTable/stream/2026-01-01T00:00:00.000",
            userIdentity: removed ? DynamoDBStreamEvent.UserIdentity(type: "Service", principalId: "dynamodb.amazonaws.com") : nil,
            dynamodb: DynamoDBStreamEvent.StreamRecord(
                approximateCreationDateTime: Double(removed ? time(sample: sample) + PriceSample.windowSeconds : time(sample: sample)),
                keys: keys, newImage: removed ? nil : stored, oldImage: removed ? stored : nil,
                sequenceNumber: sequenceNumber, sizeBytes: 120, streamViewType: .newAndOldImages))
    }
}
