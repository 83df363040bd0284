#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The prices in an answer of CoinGecko's `/coins/markets`: a JSON array of coins, each with an
/// `id`, a `symbol` and a `current_price` (`null` when the upstream has none).
///
/// The answer is all or nothing where its shape is concerned: something that is not an array of
/// coins with string ids and symbols and numeric prices means the upstream changed or answered
/// with an error, and storing part of it would be guessing. Single coins without a usable price
/// (null, zero, negative) or with a symbol that cannot name a pair are left out and listed in
/// ``skipped``; so is a second coin with a symbol already taken (the answer is ordered by market
/// capitalisation, so the larger coin keeps the ticker).
public struct MarketsAnswer: Sendable, Hashable {
    /// The usable prices, one per pair, in the answer's order.
    public var prices: [CoinPrice]
    /// The coins left out, each with the reason.
    public var skipped: [String]

    /// Reads an answer whose prices are quoted in `currency` (such as `usd`).
    /// - Throws: ``MarketsAnswerError`` when the answer is not a list of coins, or has no usable price.
    public static func parse(_ data: Data, currency: String) throws(MarketsAnswerError) -> MarketsAnswer {
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch let error as DecodingError {
            throw MarketsAnswerError(describe(error, data: data))
        } catch {
            throw MarketsAnswerError("\(error)")
        }
        var answer = MarketsAnswer(prices: [], skipped: [])
        var taken: Set<CoinPair> = []
        for entry in entries {
            guard let pair = CoinPair(symbol: entry.symbol, currency: currency) else {
                answer.skipped.append("\(entry.id): symbol \"\(entry.symbol)\" cannot name a pair")
                continue
            }
            guard let price = entry.currentPrice else {
                answer.skipped.append("\(entry.id): no current price")
                continue
            }
            guard price.isFinite, price > 0 else {
                answer.skipped.append("\(entry.id): price \(price) is not positive")
                continue
            }
            guard taken.insert(pair).inserted else {
                answer.skipped.append("\(entry.id): \(pair) is already taken by a larger coin")
                continue
            }
            answer.prices.append(CoinPrice(pair: pair, coinId: entry.id, price: price, priceUpdatedAt: entry.lastUpdated))
        }
        guard !answer.prices.isEmpty else {
            throw MarketsAnswerError(entries.isEmpty ? "it lists no coins" : "no coin in it has a usable price")
        }
        return answer
    }

    /// One coin of the answer; its other fields (market cap, volume, ...) are not needed.
    struct Entry: Decodable {
        var id: String
        var symbol: String
        var currentPrice: Double?
        var lastUpdated: String?

        enum CodingKeys: String, CodingKey {
            case id, symbol, currentPrice = "current_price", lastUpdated = "last_updated"
        }
    }

    private static func describe(_ error: DecodingError, data: Data) -> String {
        func place(_ path: [any CodingKey]) -> String {
            guard let index = path.first?.intValue else { return "the answer" }
            let field = path.dropFirst().map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "coin [\(index)]" : "\(field) of coin [\(index)]"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(key.stringValue) is missing from \(place(context.codingPath))"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "it is not a list of coins: \(excerpt(data))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(place(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "it is not JSON: \(excerpt(data))"
        case .dataCorrupted(let context):
            return "\(place(context.codingPath)) is invalid"
        @unknown default:
            return "\(error)"
        }
    }

    /// The start of the answer, for the log: an upstream error usually says what went wrong.
    private static func excerpt(_ data: Data) -> String {
        let text = String(decoding: data.prefix(200), as: UTF8.self)
        return text.isEmpty ? "(empty)" : text
    }
}
