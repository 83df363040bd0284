import Foundation
import Testing
@testable import CoinVolatility

/// Reading CoinGecko's `/coins/markets` answer: usable coins kept, unusable ones left out with a
/// reason, and an answer of the wrong shape refused whole.
@Suite struct MarketsAnswerTests {
    static let sampleFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("events/coins-markets.json")

    func parse(_ text: String, currency: String = "usd") throws(MarketsAnswerError) -> MarketsAnswer {
        try MarketsAnswer.parse(Data(text.utf8), currency: currency)
    }

    func problem(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func theSampleAnswerGivesOnePricePerPair() throws {
        let answer = try MarketsAnswer.parse(try Data(contentsOf: Self.sampleFile), currency: "usd")
        #expect(answer.prices.map(\.pair.description) == ["BTC-USD", "ETH-USD", "USDT-USD", "SOL-USD", "DOGE-USD", "SHIB-USD"])
        #expect(answer.prices[0].price == 60_123.45)
        #expect(answer.prices[0].coinId == "bitcoin")
        #expect(answer.prices[0].priceUpdatedAt == "2024-05-01T12:00:03.123Z")
        #expect(answer.prices[5].price == 0.00002391)
        #expect(answer.skipped.count == 2)
        #expect(answer.skipped.contains { $0.hasPrefix("bridged-tether-example") && $0.contains("already taken") })
        #expect(answer.skipped.contains { $0.hasPrefix("delisted-example") && $0.contains("no current price") })
    }

    @Test func theCurrencyNamesThePairs() throws {
        let answer = try parse(#"[{"id": "bitcoin", "symbol": "btc", "current_price": 55000.5}]"#, currency: "eur")
        #expect(answer.prices.map(\.pair.description) == ["BTC-EUR"])
    }

    @Test func coinsWithoutAUsablePriceOrSymbolAreLeftOut() throws {
        let answer = try parse("""
            [{"id": "a", "symbol": "aaa", "current_price": 0},
             {"id": "b", "symbol": "bbb", "current_price": -3},
             {"id": "c", "symbol": "c.e", "current_price": 1},
             {"id": "d", "symbol": "", "current_price": 1},
             {"id": "e", "symbol": "eee"},
             {"id": "f", "symbol": "fff", "current_price": 2.5}]
            """)
        #expect(answer.prices.map(\.pair.description) == ["FFF-USD"])
        #expect(answer.skipped.count == 5)
    }

    @Test func anAnswerOfTheWrongShapeIsRefusedWhole() {
        #expect(problem("")?.contains("not JSON") == true)
        #expect(problem("<html>Bad gateway</html>")?.contains("not JSON: <html>Bad gateway") == true)
        #expect(problem(#"{"status": {"error_code": 429, "error_message": "You've exceeded the Rate Limit"}}"#)?
            .contains("not a list of coins: {\"status\"") == true)
        #expect(problem(#"[{"id": "bitcoin", "symbol": "btc", "current_price": 1}, {"symbol": "eth", "current_price": 2}]"#)
            == "id is missing from coin [1]")
        #expect(problem(#"[{"id": "bitcoin", "symbol": "btc", "current_price": "60000"}]"#)
            == "current_price of coin [0] has the wrong type")
        #expect(problem(#"[{"id": "bitcoin", "symbol": 7, "current_price": 1}]"#) == "symbol of coin [0] has the wrong type")
        #expect(problem(#"[1, 2]"#) == "coin [0] has the wrong type")
        #expect(problem("[]") == "it lists no coins")
        #expect(problem(#"[{"id": "x", "symbol": "xx", "current_price": null}]"#) == "no coin in it has a usable price")
    }

    @Test func pairsAreSymbolAndCurrencyInCapitals() {
        #expect(CoinPair("btc-usd")?.description == "BTC-USD")
        #expect(CoinPair(symbol: "shib", currency: "usd")?.description == "SHIB-USD")
        for text in ["BTC", "BTC-", "-USD", "BTC-USD-EUR", "B#C-USD", "BTC-U", "BTC-US1", "#latest-update", String(repeating: "A", count: 21) + "-USD"] {
            #expect(CoinPair(text) == nil, "\(text)")
        }
    }
}
