#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HTTPFunctionKit
import LambdaEvents

/// Where the next page of the ranking starts: the last pair of a page and its standard deviation,
/// handed to the caller as opaque text.
///
/// An ``OpaqueCursor``: one edited by hand, cut short or made up is refused (400). Any start
/// point in the public ranking is harmless, so a checksum (not a signature) is enough.
public struct MetricsCursor: Sendable, Hashable {
    /// The last pair of the previous page.
    public var pair: CoinPair
    /// Its standard deviation, as the index stores it.
    public var standardDeviation: String

    /// Creates a cursor.
    public init(pair: CoinPair, standardDeviation: String) {
        self.pair = pair
        self.standardDeviation = standardDeviation
    }

    /// The cursor after the last item of a ranking page (DynamoDB's `LastEvaluatedKey`).
    public init?(lastEvaluatedKey key: DynamoDBItem) {
        guard let pairText = key[PairWindow.Attribute.pair]?.stringValue, let pair = CoinPair(pairText),
              let deviation = key[PairWindow.Attribute.standardDeviation]?.numberText
        else { return nil }
        self.init(pair: pair, standardDeviation: deviation)
    }

    /// The key to start the next page after (DynamoDB's `ExclusiveStartKey` on the ranking index).
    public var exclusiveStartKey: DynamoDBItem {
        [
            PairWindow.Attribute.pair: .string(pair.description),
            PairWindow.Attribute.board: .string(PairWindow.rankingBoard),
            PairWindow.Attribute.standardDeviation: .number(standardDeviation),
        ]
    }

    /// The opaque text handed to callers.
    public var text: String {
        OpaqueCursor.encode([pair.description, standardDeviation], purpose: Self.purpose)
    }

    /// Reads a cursor this API handed out; `nil` for anything else.
    public init?(text: String) {
        guard let fields = OpaqueCursor.decode(text, purpose: Self.purpose, count: 2),
              let pair = CoinPair(fields[0]), pair.description == fields[0],
              let deviation = Double(fields[1]), deviation.isFinite, deviation >= 0
        else { return nil }
        self.init(pair: pair, standardDeviation: fields[1])
    }

    static let purpose = "metrics-cursor-1"
}
