import LambdaEvents

/// JSON written straight into bytes, for the event lambda-local builds on every request: the text
/// JSONEncoder writes with sorted keys and unescaped slashes, without the cost of Codable's
/// containers. The caller writes an object's keys in sorted order.
struct JSONBytesWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or element follows another one in its object or array.
    private var needsComma = false

    init(capacity: Int = 1_024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A member's name; its value comes next.
    mutating func key(_ name: String) {
        separate()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ value: String) {
        separate()
        quoted(value)
        needsComma = true
    }

    mutating func integer(_ value: Int64) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    /// An object of strings, its keys in JSONEncoder's sorted order.
    mutating func stringMap(_ map: [String: String]) {
        beginObject()
        for name in Self.sortedKeys(map) {
            key(name)
            string(map[name]!)
        }
        endObject()
    }

    mutating func stringArray(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Any JSON value, objects with their keys sorted; numbers as JSONEncoder writes them, the
    /// shortest text that reads back as the same double, less a trailing `.0`.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null:
            separate()
            bytes.append(contentsOf: "null".utf8)
            needsComma = true
        case .bool(let flag):
            bool(flag)
        case .number(let number):
            separate()
            let text = number.description
            bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
            needsComma = true
        case .string(let text):
            string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for name in Self.sortedKeys(members) {
                key(name)
                self.value(members[name]!)
            }
            endObject()
        }
    }

    /// An object's keys in JSONEncoder's `.sortedKeys` order: by their UTF-8 bytes.
    private static func sortedKeys(_ object: [String: some Any]) -> [String] {
        object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// The text as a JSON string, with slashes as they are (the gateway's JSONEncoder writes
    /// `.withoutEscapingSlashes`).
    private mutating func quoted(_ text: String) {
        JSONString.write(text, to: &bytes, escapingSlashes: false)
    }
}
