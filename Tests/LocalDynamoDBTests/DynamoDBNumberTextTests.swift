import Testing
import TestSupport
@testable import LocalDynamoDB

/// Number text is read and written on every request, so it is done on bytes; these tests hold it
/// to the `Character`-based reading and the per-digit writing it replaced.
@Suite struct DynamoDBNumberTextTests {
    /// The reading by `Character`s, kept as the reference.
    static func referenceParse(_ text: String) -> DynamoDBNumber? {
        var characters = Substring(text)
        var isNegative = false
        if let sign = characters.first, sign == "-" || sign == "+" {
            isNegative = sign == "-"
            characters = characters.dropFirst()
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        while let character = characters.first, character == "." || character.isASCII && character.isNumber {
            characters = characters.dropFirst()
            if character == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            digits.append(UInt8(character.asciiValue! - 48))
            if !seenPoint { integerDigits += 1 }
        }
        guard !digits.isEmpty else { return nil }
        var power = 0
        if let marker = characters.first, marker == "e" || marker == "E" {
            characters = characters.dropFirst()
            var exponentNegative = false
            if let sign = characters.first, sign == "-" || sign == "+" {
                exponentNegative = sign == "-"
                characters = characters.dropFirst()
            }
            guard !characters.isEmpty, characters.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            power = characters.count > 9 ? 999_999_999 : Int(characters) ?? 0
            if exponentNegative { power = -power }
            characters = characters.dropFirst(characters.count)
        }
        guard characters.isEmpty else { return nil }
        return DynamoDBNumber(isNegative: isNegative, digits: digits, exponent: integerDigits - 1 + power)
    }

    /// The writing by per-digit strings, kept as the reference.
    static func referenceText(_ number: DynamoDBNumber) -> String {
        guard !number.isZero else { return "0" }
        let digits = number.digits, exponent = number.exponent
        let text = digits.map { String($0) }.joined()
        var result: String
        if exponent >= digits.count - 1 {
            result = text + String(repeating: "0", count: exponent - (digits.count - 1))
        } else if exponent >= 0 {
            let split = text.index(text.startIndex, offsetBy: exponent + 1)
            result = text[..<split] + "." + text[split...]
        } else {
            result = "0." + String(repeating: "0", count: -exponent - 1) + text
        }
        if number.isNegative { result = "-" + result }
        return result
    }

    static let pieces: [String] = [
        "0", "1", "5", "9", "00", "12345678901234567890", ".", "-", "+", "e", "E", "e+", "E-", "e1", "e130",
        " ", "x", "\r\n", "\u{301}", "١", "٣", "½", "𝟙", "é", "0000000001", "9999999999", "\u{0}",
    ]

    @Test func randomTextReadsAsTheReferenceReadsIt() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...5, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let parsed = DynamoDBNumber.parse(text)
            let reference = Self.referenceParse(text)
            #expect(parsed == reference, "\(text.debugDescription)")
            if let parsed, abs(parsed.exponent) < 1_000 {
                #expect(parsed.description == Self.referenceText(parsed), "\(text.debugDescription)")
            }
        }
    }

    @Test func writtenTextMatchesTheReference() {
        for text in ["0", "-0", "1", "10", "100E-2", "0.001", "-12.5", "1E+125", "-9.9999999999999999999999999999999999999E-130", "12345.678"] {
            let number = DynamoDBNumber.parse(text)!
            #expect(number.description == Self.referenceText(number))
        }
    }
}
