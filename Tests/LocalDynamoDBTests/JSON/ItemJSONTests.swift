import Foundation
import LambdaEvents
import Testing
@testable import LocalDynamoDB

/// The stored item format: the fast writer and reader against Foundation's coders, which wrote
/// every existing state file.
@Suite struct ItemJSONTests {
    @Test func randomItemsAreWrittenAsFoundationWritesThem() throws {
        var random = RandomItems(seed: 1)
        for _ in 0..<2_000 {
            let item = random.item()
            let text = try ItemJSON.encode(item)
            #expect(text == (try ItemJSON.foundationEncode(item)))
        }
    }

    @Test func randomItemsReadBackAsFoundationReadsThem() throws {
        var random = RandomItems(seed: 2)
        for _ in 0..<2_000 {
            let item = random.item()
            let text = try ItemJSON.foundationEncode(item)
            let read = try ItemJSONReader.item(from: text)
            #expect(read == item)
            #expect(read == (try ItemJSON.foundationDecode(text)))
        }
    }

    @Test func namesAreOrderedByTheirUTF8Bytes() throws {
        // "é" and "e\u{301}" are one key to a Swift dictionary, so only one of them can be here.
        let item: DynamoDBItem = ["b": 1, "B": 2, "e\u{301}": 4, "z": 5, "ab": 6, "a": 7, "😀": 8, "中": 9, "": 10, "ß": 11]
        #expect(try ItemJSON.encode(item) == (try ItemJSON.foundationEncode(item)))
        #expect(try ItemJSON.encode(item).hasPrefix(#"{"":{"N":"10"},"B":{"N":"2"},"a":{"N":"7"},"ab":"#))
    }

    @Test func escapesAreFoundations() throws {
        let item: DynamoDBItem = ["s": .string("\"\\/\u{8}\u{C}\n\r\t\u{0}\u{1F}\u{7F}é")]
        #expect(try ItemJSON.encode(item) == #"{"s":{"S":"\"\\\/\b\f\n\r\t\u0000\u001f\#u{7F}é"}}"#)
        #expect(try ItemJSON.encode(item) == (try ItemJSON.foundationEncode(item)))
    }

    @Test func handWrittenJSONReadsAsFoundationReadsIt() throws {
        let texts = [
            #" { "a" : { "S" : "x\u00e9\ud83d\ude00\/\u0000" } , "b":{"L":[ {"N":"1"} , {"NULL":true} ]} } "#,
            #"{"m":{"M":{}},"l":{"L":[]},"ss":{"SS":[]},"bs":{"BS":["AAE=",""]},"b":{"B":""}}"#,
            #"{"\u0061":{"BOOL":false}}"#,
            "{}",
        ]
        for text in texts {
            #expect(try ItemJSONReader.item(from: text) == (try ItemJSON.foundationDecode(text)))
        }
    }

    /// Text the fast reader declines goes to Foundation, so results and errors stay Foundation's.
    @Test func malformedTextIsAnErrorNotACrash() throws {
        let texts = [
            "", "{", "[]", "null", #"{"a"}"#, #"{"a":}"#, #"{"a":{}}"#, #"{"a":{"S":"x","N":"1"}}"#,
            #"{"a":{"X":"x"}}"#, #"{"a":{"NULL":false}}"#, #"{"a":{"B":"***"}}"#, #"{"a":{"S":"\ud800"}}"#,
            #"{"a":{"S":"\udc00x"}}"#, #"{"a":{"S":"\q"}}"#, #"{"a":{"S":"x"}} x"#, #"{"a":{"S":"x"},}"#,
            #"{"a":{"N":1}}"#, #"{"a":{"SS":[1]}}"#, #"{"a":{"BOOL":1}}"#, "{\"a\":{\"S\":\"\u{1}\"}}",
            #"{"a":{"S":"x"}"#, #"{"a":{"S":"\u12"}}"#, #"{"a":{"L":[{"S":"x"},]}}"#,
        ]
        for text in texts {
            #expect(throws: ItemJSONReader.Unreadable.self) { try ItemJSONReader.item(from: text) }
            // Foundation forgives some of these (a trailing comma); whatever it does stays.
            #expect((try? ItemJSON.decode(text)) == (try? ItemJSON.foundationDecode(text)))
        }
        #expect(throws: (any Error).self) { try ItemJSON.decode(#"{"a":{"S":"x","N":"1"}}"#) }
        #expect(throws: (any Error).self) { try ItemJSON.decode("{") }
    }

    @Test func damagedTextNeverReadsDifferentlyFromFoundation() throws {
        var random = RandomItems(seed: 3)
        for _ in 0..<3_000 {
            var bytes = Array(try ItemJSON.encode(random.item()).utf8)
            guard !bytes.isEmpty else { continue }
            switch random.int(0...2) {
            case 0: bytes.removeLast(random.int(1...bytes.count))
            case 1: bytes[random.int(0...(bytes.count - 1))] = [UInt8]("{}[]\",:\\ aSN1".utf8).randomElement(using: &random.generator)!
            default: bytes.insert([UInt8]("{}[]\",:\\ ".utf8).randomElement(using: &random.generator)!, at: random.int(0...bytes.count))
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let foundation = try? ItemJSON.foundationDecode(text)
            if let fast = try? ItemJSONReader.item(from: text) {
                #expect(fast == foundation)
            }
            #expect((try? ItemJSON.decode(text)) == foundation)
        }
    }

    @Test func repeatedNamesAreLeftToFoundation() throws {
        let text = #"{"a":{"S":"x"},"a":{"S":"y"}}"#
        #expect(throws: ItemJSONReader.Unreadable.self) { try ItemJSONReader.item(from: text) }
        #expect((try? ItemJSON.decode(text)) == (try? ItemJSON.foundationDecode(text)))
    }

    @Test func nestingFoundationRefusesIsRefusedAlike() throws {
        for levels in [200, 253, 254, 255, 256, 300] {
            var value: AttributeValue = .string("deep")
            for _ in 0..<levels { value = .map(["m": value]) }
            let item: DynamoDBItem = ["top": value]
            let foundation = try? ItemJSON.foundationEncode(item)
            #expect((try? ItemJSON.encode(item)) == foundation)
            if let foundation {
                #expect(try ItemJSON.decode(foundation) == item)
            }
        }
    }
}
