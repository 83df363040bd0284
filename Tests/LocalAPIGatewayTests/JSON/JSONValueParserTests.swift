import Foundation
import LambdaEvents
import Testing
import TestSupport
@testable import LocalAPIGateway

/// The parser that reads functions' answers: the same values as Foundation's decoder on valid
/// JSON, and a refusal, never a crash, on anything else.
@Suite struct JSONValueParserTests {
    static func foundation(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static let valid = [
        "null", "true", "false", "0", "-0", "42", "-17", "3.25", "1e3", "1E-3", "-2.5e+2", "12345678901234567890",
        "0.1", "\"\"", "\"plain\"", #""esc \" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u96ea \ud83d\ude80""#, "\"é 雪 🚀\"",
        "[]", "[1,2,3]", " [ 1 , [ 2 , [ ] ] , { } ] ", "{}", #"{"a":1,"b":[true,null],"c":{"d":"e"}}"#,
        #"{"statusCode":200,"headers":{"Content-Type":"text/plain"},"body":"hi","isBase64Encoded":false}"#,
        "\t\r\n {\"x\" : \"y\"} \n",
    ]

    @Test(arguments: valid)
    func readsWhatFoundationReads(text: String) throws {
        #expect(try JSONValueParser.parse(Array(text.utf8)) == Self.foundation(text))
    }

    @Test func aRepeatedMemberKeepsItsLastValue() throws {
        #expect(try JSONValueParser.parse(Array(#"{"a":1,"a":2}"#.utf8)) == ["a": 2])
    }

    @Test func readsRandomDocumentsAsFoundationDoes() throws {
        var generator = SeededGenerator(seed: 2_026)
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let text = String(decoding: try JSONText.encoder().encode(value), as: UTF8.self)
            #expect(try JSONValueParser.parse(Array(text.utf8)) == Self.foundation(text), "\(text)")
        }
    }

    static let invalid: [[UInt8]] = [
        "", " ", "{", "}", "[1,]", "[,1]", #"{"a":1,}"#, #"{"a" 1}"#, #"{a:1}"#, "01", "1.", ".5", "+1", "-", "1e", "1e+",
        "tru", "nul", "nulll", "True", #""\x""#, #""\u12""#, #""\u12G4""#, "\"open", "\"tab\there\"", "\"line\nbreak\"",
        #""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, "1e400", "-1e400", "1 2", "[1] x", "{} {}", "NaN", "Infinity",
    ].map { Array($0.utf8) } + [
        [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
        Array(String(repeating: "[", count: 100_000).utf8),
        Array((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8),
    ]

    @Test(arguments: invalid)
    func refusesWhatIsNotJSON(bytes: [UInt8]) {
        #expect(throws: JSONValueParser.Failure.self) { try JSONValueParser.parse(bytes) }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = JSONValueParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONValueParser.parse(Array(text.utf8)) == Self.foundation(text))
    }

    static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let kind = depth > 3 ? Int.random(in: 0..<4, using: &generator) : Int.random(in: 0..<6, using: &generator)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            let choices: [Double] = [0, 1, -1, 0.5, 1e-7, 123456.789, -9.75e20, Double(Int32.random(in: .min ... .max, using: &generator))]
            return .number(choices.randomElement(using: &generator)!)
        case 3:
            let pieces = ["a", "é", "雪", "🚀", "\"", "\\", "/", "\n", "\u{1}", " ", "key"]
            return .string((0..<Int.random(in: 0..<6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        case 4:
            return .array((0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var object: [String: JSONValue] = [:]
            for index in 0..<Int.random(in: 0..<4, using: &generator) {
                object["k\(index)\(["", "é", "\""].randomElement(using: &generator)!)"] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(object)
        }
    }
}
