import Foundation
import LambdaEvents
import TestSupport
import Testing

/// `JSONString` must read what `JSONDecoder` reads and refuse what it refuses, and write what
/// `JSONEncoder` writes, byte for byte; `JSONStringLiteral` writes the same.
@Suite struct JSONStringReadingTests {
    /// Reads the string at the start of `text`, returning it and where reading stopped.
    static func read(_ text: [UInt8], at start: Int = 0) -> (String?, Int) {
        var position = start
        let string = text.withUnsafeBufferPointer { JSONString.read($0, at: &position) }
        return (string, position)
    }

    static let valid: [(json: String, value: String)] = [
        (#""""#, ""),
        (#""plain ascii""#, "plain ascii"),
        (#""é 雪 🚀""#, "é 雪 🚀"),
        (#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{8} \u{C} \n \r \t"),
        (#""\u0041\u00e9\u96EA""#, "Aé雪"),
        (#""\ud83d\ude80 rocket""#, "🚀 rocket"),
        (#""\u0000 nul""#, "\u{0} nul"),
        (#""mixed é then \n escape""#, "mixed é then \n escape"),
        ("\"del \u{7F} is not a control character\"", "del \u{7F} is not a control character"),
    ]

    @Test(arguments: valid.indices)
    func readsWhatJSONDecoderReads(index: Int) throws {
        let (json, value) = Self.valid[index]
        let bytes = Array(json.utf8)
        let (read, position) = Self.read(bytes)
        #expect(read == value)
        #expect(position == bytes.count)
        #expect(try JSONDecoder().decode(String.self, from: Data(bytes)) == value)
    }

    @Test func stopsAfterTheClosingQuote() {
        let bytes = Array(#"{"name":"va\"lue","next":1}"#.utf8)
        let (name, afterName) = Self.read(bytes, at: 1)
        #expect(name == "name")
        #expect(bytes[afterName] == UInt8(ascii: ":"))
        let (value, afterValue) = Self.read(bytes, at: afterName + 1)
        #expect(value == "va\"lue")
        #expect(bytes[afterValue] == UInt8(ascii: ","))
    }

    static let invalid: [(reason: String, bytes: [UInt8])] = [
        ("no opening quote", Array("abc\"".utf8)),
        ("nothing at all", []),
        ("no closing quote", Array("\"abc".utf8)),
        ("no closing quote after an escape", Array("\"a\\n".utf8)),
        ("a backslash at the end", Array("\"a\\".utf8)),
        ("a raw newline", Array("\"a\nb\"".utf8)),
        ("a raw nul", [0x22, 0x61, 0x00, 0x22]),
        ("a raw control character after an escape", Array("\"\\n\u{1}\"".utf8)),
        ("an unknown escape", Array(#""\x41""#.utf8)),
        ("an escaped single quote", Array(#""\'""#.utf8)),
        ("a short \\u", Array(#""\u12""#.utf8)),
        ("a \\u with a non-hex digit", Array(#""\u12G4""#.utf8)),
        ("a lone high surrogate", Array(#""\ud83d""#.utf8)),
        ("a high surrogate then text", Array(#""\ud83dx""#.utf8)),
        ("a high surrogate then a non-surrogate", Array(#""\ud83d\u0041""#.utf8)),
        ("two high surrogates", Array(#""\ud83d\ud83d""#.utf8)),
        ("a lone low surrogate", Array(#""\ude80""#.utf8)),
        ("reversed surrogates", Array(#""\ude80\ud83d""#.utf8)),
        ("a stray continuation byte", [0x22, 0x80, 0x22]),
        ("a truncated sequence", [0x22, 0xE9, 0x9B, 0x22]),
        ("an overlong encoding", [0x22, 0xC0, 0xAF, 0x22]),
        ("an encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("invalid UTF-8 beside an escape", [0x22, 0x5C, 0x6E, 0xFF, 0x22]),
    ]

    @Test(arguments: invalid.indices)
    func refusesWhatJSONDecoderRefuses(index: Int) {
        let (reason, bytes) = Self.invalid[index]
        #expect(Self.read(bytes).0 == nil, "\(reason)")
        // The same text as a whole document: Foundation refuses it too (the two with no opening
        // quote are not strings at all).
        if bytes.first == UInt8(ascii: "\"") {
            #expect(throws: (any Error).self, "\(reason)") { try JSONDecoder().decode(String.self, from: Data(bytes)) }
        }
    }

    @Test func readsRandomStringsAsJSONDecoderDoes() throws {
        var generator = SeededGenerator(seed: 0x4A53_4F4E)
        for _ in 0..<2_000 {
            let json = Self.randomJSONString(using: &generator)
            let expected = try? JSONDecoder().decode(String.self, from: Data(json))
            let (read, position) = Self.read(json)
            #expect(read == expected, "\(json)")
            if read != nil { #expect(position == json.count) }
        }
    }

    /// A quoted string built from pieces that cover each rule: plain runs, multi-byte UTF-8,
    /// short and `\u` escapes, surrogate pairs and halves, raw control bytes, stray bytes.
    static func randomJSONString(using generator: inout SeededGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("abc".utf8), Array(" ".utf8), Array("é".utf8), Array("雪".utf8), Array("🚀".utf8),
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\/"#.utf8), Array(#"\n"#.utf8), Array(#"\t"#.utf8),
            Array(#"\u00e9"#.utf8), Array(#"\u001F"#.utf8), Array(#"\ud83d\ude80"#.utf8),
            Array(#"\ud83d"#.utf8), Array(#"\ude80"#.utf8), Array(#"\q"#.utf8), [0x0A], [0x1F], [0x7F], [0xFF], [0xC3],
        ]
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            // Mostly valid pieces, so that valid strings are common enough to be read too.
            let valid = Int.random(in: 0..<4, using: &generator) > 0
            let piece = valid ? pieces[Int.random(in: 0..<13, using: &generator)] : pieces.randomElement(using: &generator)!
            bytes += piece
        }
        bytes.append(UInt8(ascii: "\""))
        return bytes
    }
}

@Suite struct JSONStringWritingTests {
    static let awkward = "quote \" backslash \\ slash / newline \n tab \t return \r backspace \u{8} feed \u{C} bell \u{7} nul \u{0} unit \u{1F} del \u{7F} é 雪 🚀"

    static func written(_ text: String, escapingSlashes: Bool) -> String {
        var bytes: [UInt8] = Array("[".utf8)
        JSONString.write(text, to: &bytes, escapingSlashes: escapingSlashes)
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func encoded(_ text: String, escapingSlashes: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [] : [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode([text]), as: UTF8.self)
    }

    @Test(arguments: [true, false])
    func writesWhatJSONEncoderWrites(escapingSlashes: Bool) throws {
        for text in ["", "plain", "/", "a/b/c", Self.awkward, String(repeating: "\u{1}/", count: 40)] {
            #expect(Self.written(text, escapingSlashes: escapingSlashes) == (try Self.encoded(text, escapingSlashes: escapingSlashes)))
        }
    }

    @Test func writesEveryByteAsJSONEncoderDoes() throws {
        // Each ASCII character alone and inside a run, both slash settings.
        for scalar in (0..<0x80).map({ Unicode.Scalar(UInt8($0)) }) {
            for text in [String(scalar), "ab\(scalar)cd"] {
                for escapingSlashes in [true, false] {
                    #expect(Self.written(text, escapingSlashes: escapingSlashes) == (try Self.encoded(text, escapingSlashes: escapingSlashes)))
                }
            }
        }
    }

    @Test func stringLiteralsAreTheSameStringsWithSlashesAsTheyAre() throws {
        for text in ["", "say \"hi\"", "a/b", Self.awkward] {
            let literal = JSONStringLiteral.quote(text)
            #expect("[\(literal)]" == (try Self.encoded(text, escapingSlashes: false)))
            var appended = "{"
            JSONStringLiteral.append(text, to: &appended)
            #expect(appended == "{" + literal)
        }
    }

    @Test func readsBackWhatItWrites() throws {
        var generator = SeededGenerator(seed: 0x5752_4954)
        let alphabet = Array(Self.awkward.unicodeScalars)
        for _ in 0..<1_000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...20, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }))
            for escapingSlashes in [true, false] {
                var bytes: [UInt8] = []
                JSONString.write(text, to: &bytes, escapingSlashes: escapingSlashes)
                var position = 0
                let read = bytes.withUnsafeBufferPointer { JSONString.read($0, at: &position) }
                #expect(read == text)
                #expect(position == bytes.count)
            }
        }
    }
}
