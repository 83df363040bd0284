import Foundation
import LambdaEvents

/// Writes DynamoDB JSON byte for byte as Foundation's `JSONEncoder` with `.sortedKeys` writes
/// `AttributeValue`s: keys ordered by their UTF-8 bytes, `"`, `\`, `/` and control characters
/// escaped as that encoder escapes them, numbers as their exact text, bytes as padded base64.
///
/// Stored items must keep reading back and comparing as before, so the format is Foundation's to
/// the byte; only the work per item is smaller (no `Encoder` containers, no boxing).
struct ItemJSONWriter {
    /// Foundation refuses containers nested this deep. The writer stops there too, so the caller
    /// can let Foundation throw its own error rather than invent another.
    static let maximumDepth = 512

    /// The item nests containers deeper than ``maximumDepth``.
    struct TooDeep: Error {}

    private(set) var bytes: [UInt8] = []
    /// Whether maps are written in name order, as stored items must be; answers to clients need
    /// not be, and `JSONEncoder` never sorted them.
    let sortsNames: Bool

    init(capacity: Int = 256, sortsNames: Bool = true) {
        bytes.reserveCapacity(capacity)
        self.sortsNames = sortsNames
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes an item as a JSON object; `depth` is the object's own nesting level, 1 at the top.
    mutating func write(_ item: DynamoDBItem, depth: Int = 1) throws(TooDeep) {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        bytes.append(UInt8(ascii: "{"))
        var first = true
        if sortsNames, item.count > 1 {
            for (name, value) in item.sorted(by: { Self.precedes($0.key, $1.key) }) {
                if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
                try write(name, value, depth: depth)
            }
        } else {
            for (name, value) in item {
                if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
                try write(name, value, depth: depth)
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// One `"name":{...}` member of an object at `depth`.
    private mutating func write(_ name: String, _ value: AttributeValue, depth: Int) throws(TooDeep) {
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        try write(value, depth: depth + 1)
    }

    /// Writes `{"<type>":<value>}`; `depth` is the level of that one-key object.
    mutating func write(_ value: AttributeValue, depth: Int) throws(TooDeep) {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        bytes.append(UInt8(ascii: "{"))
        switch value {
        case .string(let string):
            writeRaw(#""S":"#)
            writeString(string)
        case .number(let text):
            writeRaw(#""N":"#)
            writeString(text)
        case .binary(let data):
            writeRaw(#""B":"#)
            writeString(data.base64EncodedString())
        case .stringSet(let strings):
            writeRaw(#""SS":"#)
            try writeStrings(strings, depth: depth + 1)
        case .numberSet(let texts):
            writeRaw(#""NS":"#)
            try writeStrings(texts, depth: depth + 1)
        case .binarySet(let datas):
            writeRaw(#""BS":"#)
            try writeStrings(datas.map { $0.base64EncodedString() }, depth: depth + 1)
        case .map(let members):
            writeRaw(#""M":"#)
            try write(members, depth: depth + 1)
        case .list(let elements):
            writeRaw(#""L":"#)
            guard depth + 1 < Self.maximumDepth else { throw TooDeep() }
            bytes.append(UInt8(ascii: "["))
            var first = true
            for element in elements {
                if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
                try write(element, depth: depth + 2)
            }
            bytes.append(UInt8(ascii: "]"))
        case .null:
            writeRaw(#""NULL":true"#)
        case .bool(let bool):
            writeRaw(bool ? #""BOOL":true"# : #""BOOL":false"#)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeStrings(_ strings: [String], depth: Int) throws(TooDeep) {
        guard depth < Self.maximumDepth else { throw TooDeep() }
        bytes.append(UInt8(ascii: "["))
        var first = true
        for string in strings {
            if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
            writeString(string)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Text that needs no escaping, such as punctuation and member names.
    mutating func writeRaw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// An integer in decimal, as `JSONEncoder` writes `Int`.
    mutating func writeInteger(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A quoted string with Foundation's escapes, `\/` included (see ``JSONString/write(_:to:escapingSlashes:)``).
    mutating func writeString(_ string: String) {
        JSONString.write(string, to: &bytes, escapingSlashes: true)
    }

    /// The order `.sortedKeys` writes names in: by UTF-8 bytes, not by `String`'s Unicode
    /// ordering, which differs for non-ASCII names.
    private static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                if common > 0 {
                    let order = memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return leftBytes.count < rightBytes.count
            }
        }
    }
}
