import LambdaEvents

/// Reads the elements of a list or set in order.
struct UnkeyedAttributeDecodingContainer: UnkeyedDecodingContainer {
    let decoder: AttributeDecoder
    let elements: [AttributeValue]
    var currentIndex = 0
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    init(decoder: AttributeDecoder, elements: [AttributeValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try next(type)
        let decoded = try decoder.unbox(value, as: type, at: ListIndexKey(index: currentIndex))
        currentIndex += 1
        return decoded
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let child = try childDecoder()
        return try child.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let child = try childDecoder()
        return try child.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try childDecoder()
    }

    private mutating func childDecoder() throws -> AttributeDecoder {
        let value = try next(AttributeValue.self)
        let child = AttributeDecoder(
            value: value, options: decoder.options, codingPath: codingPath + [ListIndexKey(index: currentIndex)])
        currentIndex += 1
        return child
    }

    private func next<T>(_ type: T.Type) throws -> AttributeValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(
                codingPath: codingPath + [ListIndexKey(index: currentIndex)], debugDescription: "the list has ended"))
        }
        return elements[currentIndex]
    }
}
