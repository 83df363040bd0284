import LambdaEvents

/// Reads the members of a map. Every `decode` overload for primitive types is served by the
/// generic one, which sends primitives to ``AttributePrimitive``.
struct KeyedAttributeDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: AttributeDecoder
    let members: [String: AttributeValue]
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { members.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool {
        members[key.stringValue] != nil
    }

    /// A missing attribute and `NULL` are both "no value".
    func decodeNil(forKey key: Key) throws -> Bool {
        members[key.stringValue].map { $0 == .null } ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = members[key.stringValue] else {
            // Empty sets are left out when writing, so a missing set reads as an empty one.
            if let set = type as? any AttributeSet.Type { return set.emptySet as! T }
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath, debugDescription: "the item has no attribute \"\(key.stringValue)\""))
        }
        return try decoder.unbox(value, as: type, at: key)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        AttributeDecoder(
            value: members["super"] ?? .null, options: decoder.options, codingPath: codingPath + [ListIndexKey("super")])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        AttributeDecoder(value: members[key.stringValue] ?? .null, options: decoder.options, codingPath: codingPath + [key])
    }

    private func child(forKey key: Key) throws -> AttributeDecoder {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath, debugDescription: "the item has no attribute \"\(key.stringValue)\""))
        }
        return AttributeDecoder(value: value, options: decoder.options, codingPath: codingPath + [key])
    }
}
