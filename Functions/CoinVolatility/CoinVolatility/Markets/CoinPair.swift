/// A traded pair such as `BTC-USD`: a coin's ticker symbol and the currency its price is quoted in.
///
/// Both parts are upper-case letters and digits, so a pair is safe in a URL path and can never be
/// mistaken for the reserved keys the metrics table also holds (they start with `#`).
public struct CoinPair: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The coin's ticker symbol, such as `BTC`.
    public let base: String
    /// The currency of the price, such as `USD`.
    public let quote: String

    /// A pair from a coin's symbol and a currency in any letter case; `nil` when either part is
    /// not 1 to 20 letters or digits (the currency 2 to 10 letters).
    public init?(symbol: String, currency: String) {
        let base = symbol.uppercased()
        let quote = currency.uppercased()
        guard (1...20).contains(base.count), base.allSatisfy(Self.isSymbolCharacter),
              (2...10).contains(quote.count), quote.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        self.base = base
        self.quote = quote
    }

    /// Reads `BTC-USD` (any letter case); `nil` when it is not a pair.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        self.init(symbol: String(parts[0]), currency: String(parts[1]))
    }

    /// `BTC-USD`.
    public var description: String { "\(base)-\(quote)" }

    public static func < (lhs: CoinPair, rhs: CoinPair) -> Bool { lhs.description < rhs.description }

    private static func isSymbolCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
