import Foundation
import LambdaEvents
import TestSupport

/// Random DynamoDB items with everything the stored format has to carry: every type, nesting,
/// escapes, control characters, non-ASCII and combining characters, 38-digit numbers, empty
/// strings, empty binaries and empty sets.
struct RandomItems {
    var generator: SeededGenerator

    /// Characters chosen to hit every escaping rule and the UTF-8 ordering of names.
    static let characters: [Character] = [
        "a", "b", "z", "A", "Z", "0", "9", "_", "-", " ", ".", "#", ":",
        "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}",
        "é", "e\u{301}", "ß", "Ω", "中", "文", "😀", "👍🏽", "\u{2028}", "\u{FEFF}", "\u{10FFFF}",
    ]

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    mutating func string(maxLength: Int = 12) -> String {
        String((0..<int(0...maxLength)).map { _ in Self.characters.randomElement(using: &generator)! })
    }

    mutating func number() -> String {
        switch int(0...5) {
        case 0: return "0"
        case 1: return String(int(-1_000_000...1_000_000))
        case 2: return (int(0...1) == 0 ? "-" : "") + String((0..<38).map { _ in Character(String(int(1...9))) })
        case 3: return "0." + String((0..<int(1...37)).map { _ in Character(String(int(0...9))) })
        case 4: return "1E+\(int(0...125))"
        default: return "-9.9999999999999999999999999999999999999E-130"
        }
    }

    mutating func bytes() -> Data {
        Data((0..<int(0...20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    mutating func item(depth: Int = 0) -> DynamoDBItem {
        var item: DynamoDBItem = [:]
        for _ in 0..<int(0...6) {
            item[string(maxLength: 6)] = value(depth: depth)
        }
        return item
    }

    mutating func value(depth: Int) -> AttributeValue {
        let nested = depth < 4
        switch int(0...(nested ? 9 : 7)) {
        case 0: return .string(string(maxLength: 20))
        case 1: return .number(number())
        case 2: return .binary(bytes())
        case 3: return .stringSet((0..<int(0...4)).map { _ in string() })
        case 4: return .numberSet((0..<int(0...4)).map { _ in number() })
        case 5: return .binarySet((0..<int(0...3)).map { _ in bytes() })
        case 6: return int(0...1) == 0 ? .null : .bool(int(0...1) == 0)
        case 7: return .bool(true)
        case 8: return .map(item(depth: depth + 1))
        default: return .list((0..<int(0...4)).map { _ in value(depth: depth + 1) })
        }
    }
}
