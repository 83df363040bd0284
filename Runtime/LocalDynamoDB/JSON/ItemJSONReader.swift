import Foundation
import LambdaEvents

/// Reads DynamoDB JSON straight into `AttributeValue`s, without Foundation's `Decoder` machinery.
///
/// It is deliberately narrow: it accepts strict JSON in the shape `AttributeValue`'s `Decodable`
/// conformance accepts and gives up (``Unreadable``) on anything else, including text Foundation
/// might still read, such as a repeated key. A caller that must behave exactly as before falls
/// back to `JSONDecoder` then, which either reads the text or throws its usual error; so whatever
/// this reader accepts it must read exactly as `JSONDecoder` would.
struct ItemJSONReader {
    /// The text is not JSON this reader reads; nothing about why, since callers fall back.
    struct Unreadable: Error {}

    /// Well inside Foundation's limit of 512 nested containers, so that the reader never accepts
    /// what Foundation would refuse; deeper text goes to Foundation. DynamoDB allows 32 levels.
    static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The item in `text`, which must hold one JSON object and nothing else but whitespace.
    static func item(from text: String) throws(Unreadable) -> DynamoDBItem {
        var text = text
        // `withUTF8` rethrows untyped errors; a `Result` keeps the error type.
        let result = text.withUTF8 { utf8 -> Result<DynamoDBItem, Unreadable> in
            var reader = ItemJSONReader(utf8)
            do throws(Unreadable) {
                let item = try reader.readItem(depth: 1)
                try reader.expectEnd()
                return .success(item)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: Items and values

    /// An object of attribute values; `depth` is the object's own nesting level.
    mutating func readItem(depth: Int) throws(Unreadable) -> DynamoDBItem {
        guard depth < Self.maximumDepth else { throw Unreadable() }
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return [:] }
        // Room for a typical item up front, rather than rehashing as it grows from empty.
        var item = DynamoDBItem(minimumCapacity: 8)
        repeat {
            let name = try readString()
            try expect(UInt8(ascii: ":"))
            let value = try readValue(depth: depth + 1)
            // A repeated name is Foundation's to resolve.
            guard item.updateValue(value, forKey: name) == nil else { throw Unreadable() }
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
        return item
    }

    /// One `{"<type>":<value>}` object; `depth` is its nesting level.
    mutating func readValue(depth: Int) throws(Unreadable) -> AttributeValue {
        guard depth < Self.maximumDepth else { throw Unreadable() }
        try expect(UInt8(ascii: "{"))
        let type = try readTypeKey()
        try expect(UInt8(ascii: ":"))
        let value: AttributeValue
        switch type {
        case .string: value = .string(try readString())
        case .number: value = .number(try readString())
        case .binary: value = .binary(try readBase64())
        case .stringSet: value = .stringSet(try readStrings(depth: depth + 1))
        case .numberSet: value = .numberSet(try readStrings(depth: depth + 1))
        case .binarySet:
            var datas: [Data] = []
            try readArray(depth: depth + 1) { (reader) throws(Unreadable) in datas.append(try reader.readBase64()) }
            value = .binarySet(datas)
        case .map: value = .map(try readItem(depth: depth + 1))
        case .list:
            var elements: [AttributeValue] = []
            try readArray(depth: depth + 1) { (reader) throws(Unreadable) in elements.append(try reader.readValue(depth: depth + 2)) }
            value = .list(elements)
        case .bool: value = .bool(try readBool())
        case .null:
            // `{"NULL":false}` is an error Foundation words.
            guard try readBool() else { throw Unreadable() }
            value = .null
        }
        // A second key is an error Foundation words.
        try expect(UInt8(ascii: "}"))
        return value
    }

    /// The type key, read without building a `String` for the common spellings.
    private mutating func readTypeKey() throws(Unreadable) -> AttributeValue.DataType {
        skipWhitespace()
        let start = position
        // Type keys are short ASCII; any escape or other byte falls to the general path.
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            var end = position + 1
            while end < bytes.count, end - position <= 5, bytes[end] >= UInt8(ascii: "A"), bytes[end] <= UInt8(ascii: "Z") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<end])
                if let type = Self.dataType(key) {
                    position = end + 1
                    return type
                }
            }
        }
        position = start
        guard let type = AttributeValue.DataType(rawValue: try readString()) else { throw Unreadable() }
        return type
    }

    private static func dataType(_ key: UnsafeBufferPointer<UInt8>) -> AttributeValue.DataType? {
        switch key.count {
        case 1:
            switch key[0] {
            case UInt8(ascii: "S"): return .string
            case UInt8(ascii: "N"): return .number
            case UInt8(ascii: "B"): return .binary
            case UInt8(ascii: "M"): return .map
            case UInt8(ascii: "L"): return .list
            default: return nil
            }
        case 2 where key[1] == UInt8(ascii: "S"):
            switch key[0] {
            case UInt8(ascii: "S"): return .stringSet
            case UInt8(ascii: "N"): return .numberSet
            case UInt8(ascii: "B"): return .binarySet
            default: return nil
            }
        default:
            return AttributeValue.DataType(rawValue: String(decoding: key, as: UTF8.self))
        }
    }

    private mutating func readStrings(depth: Int) throws(Unreadable) -> [String] {
        var strings: [String] = []
        try readArray(depth: depth) { (reader) throws(Unreadable) in strings.append(try reader.readString()) }
        return strings
    }

    private mutating func readBase64() throws(Unreadable) -> Data {
        // The same decoding `AttributeValue` uses, so what counts as valid base64 is unchanged.
        guard let data = Data(base64Encoded: try readString()) else { throw Unreadable() }
        return data
    }

    /// `[ element, ... ]`, calling `element` for each.
    mutating func readArray(depth: Int, _ element: (inout ItemJSONReader) throws(Unreadable) -> Void) throws(Unreadable) {
        guard depth < Self.maximumDepth else { throw Unreadable() }
        try expect(UInt8(ascii: "["))
        if try consume(UInt8(ascii: "]")) { return }
        repeat {
            try element(&self)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    mutating func readBool() throws(Unreadable) -> Bool {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw Unreadable()
    }

    /// Whether a `null` literal is next, consuming it if so.
    mutating func consumeNull() -> Bool {
        skipWhitespace()
        return matches("null")
    }

    private mutating func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }

    /// A JSON string (after whitespace). Raw control characters, unknown escapes, lone surrogates
    /// and invalid UTF-8 are refused, as Foundation refuses them.
    mutating func readString() throws(Unreadable) -> String {
        skipWhitespace()
        guard let string = JSONString.read(bytes, at: &position) else { throw Unreadable() }
        return string
    }

    // MARK: Structure

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Whether `byte` is next (after whitespace), consuming it if so.
    mutating func consume(_ byte: UInt8) throws(Unreadable) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func expect(_ byte: UInt8) throws(Unreadable) {
        guard try consume(byte) else { throw Unreadable() }
    }

    /// Only whitespace may follow the value.
    mutating func expectEnd() throws(Unreadable) {
        skipWhitespace()
        guard position == bytes.count else { throw Unreadable() }
    }

    /// The byte at the current position, whitespace included; nil at the end.
    var nextByte: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The bytes from `start` to the current position.
    func text(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    /// Whether the next byte (after whitespace) is `byte`, without consuming it.
    mutating func peek(_ byte: UInt8) -> Bool {
        skipWhitespace()
        return position < bytes.count && bytes[position] == byte
    }
}
