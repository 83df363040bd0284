import LambdaEvents

extension ItemJSONReader {
    /// Reads a JSON object, handing each member's name to `member`, which reads the value and
    /// returns true, or returns false for a name it does not know; such values are skipped (but
    /// still checked as JSON), as synthesized `Decodable` ignores unknown keys. A name handled
    /// twice gives up: which one wins is Foundation's to say.
    mutating func readMembers(
        depth: Int,
        _ member: (inout ItemJSONReader, String) throws(Unreadable) -> Bool
    ) throws(Unreadable) {
        guard depth < Self.maximumDepth else { throw Unreadable() }
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return }
        var handled: [String] = []
        repeat {
            let name = try readString()
            try expect(UInt8(ascii: ":"))
            if handled.contains(name) { throw Unreadable() }
            if try member(&self, name) {
                handled.append(name)
            } else {
                try skipValue(depth: depth + 1)
            }
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Reads a whole request body as an object of members; see ``readMembers(depth:_:)``.
    static func readRequest(
        _ body: UnsafeBufferPointer<UInt8>,
        _ member: (inout ItemJSONReader, String) throws(Unreadable) -> Bool
    ) throws(Unreadable) {
        var reader = ItemJSONReader(body)
        try reader.readMembers(depth: 1, member)
        try reader.expectEnd()
    }

    /// Any JSON value, checked strictly (RFC 8259 numbers, valid strings) and dropped.
    mutating func skipValue(depth: Int) throws(Unreadable) {
        guard depth < Self.maximumDepth else { throw Unreadable() }
        skipWhitespace()
        if peek(UInt8(ascii: "{")) {
            try readMembers(depth: depth) { _, _ in false }
        } else if peek(UInt8(ascii: "[")) {
            try readArray(depth: depth) { (reader) throws(Unreadable) in try reader.skipValue(depth: depth + 1) }
        } else if peek(UInt8(ascii: "\"")) {
            _ = try readString()
        } else if consumeNull() {
            return
        } else if peek(UInt8(ascii: "t")) || peek(UInt8(ascii: "f")) {
            _ = try readBool()
        } else {
            _ = try readNumberText()
        }
    }

    /// A JSON number's text, by RFC 8259's grammar and nothing looser.
    mutating func readNumberText() throws(Unreadable) -> Substring {
        skipWhitespace()
        let start = position
        func digits(_ reader: inout ItemJSONReader) -> Int {
            var count = 0
            while let byte = reader.nextByte, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                reader.position += 1
                count += 1
            }
            return count
        }
        if nextByte == UInt8(ascii: "-") { position += 1 }
        if nextByte == UInt8(ascii: "0") {
            position += 1
        } else if digits(&self) == 0 {
            throw Unreadable()
        }
        if nextByte == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw Unreadable() }
        }
        if nextByte == UInt8(ascii: "e") || nextByte == UInt8(ascii: "E") {
            position += 1
            if nextByte == UInt8(ascii: "+") || nextByte == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw Unreadable() }
        }
        // A number runs into the next token only through a structural character or whitespace.
        if let byte = nextByte, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(byte) {
            throw Unreadable()
        }
        return Substring(decoding: text(from: start), as: UTF8.self)
    }

    // MARK: Request members, as synthesized `Decodable` reads them

    /// A required string: `null` is an error Foundation words.
    mutating func readRequiredString() throws(Unreadable) -> String {
        try readString()
    }

    /// An optional string: absent or `null` is nil.
    mutating func readOptionalString() throws(Unreadable) -> String? {
        consumeNull() ? nil : try readString()
    }

    /// An optional item: absent or `null` is nil.
    mutating func readOptionalItem(depth: Int) throws(Unreadable) -> DynamoDBItem? {
        consumeNull() ? nil : try readItem(depth: depth)
    }

    /// An optional boolean; only `true`, `false` and `null` are read here.
    mutating func readOptionalBool() throws(Unreadable) -> Bool? {
        consumeNull() ? nil : try readBool()
    }

    /// An optional integer; only plain integers that fit `Int` are read here, anything with a
    /// fraction or exponent is left to Foundation.
    mutating func readOptionalInt() throws(Unreadable) -> Int? {
        if consumeNull() { return nil }
        let text = try readNumberText()
        guard !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Int(text) else { throw Unreadable() }
        return value
    }

    /// An optional `{"#alias": "name", ...}`.
    mutating func readOptionalNames(depth: Int) throws(Unreadable) -> [String: String]? {
        if consumeNull() { return nil }
        var names: [String: String] = [:]
        try readMembers(depth: depth) { (reader, alias) throws(Unreadable) in
            guard names.updateValue(try reader.readString(), forKey: alias) == nil else { throw Unreadable() }
            return true
        }
        return names
    }
}
