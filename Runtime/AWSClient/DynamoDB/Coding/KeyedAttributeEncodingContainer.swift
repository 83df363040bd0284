import LambdaEvents

/// Writes the members of a map. Every `encode` overload for primitive types is served by the
/// generic one, which sends primitives to ``AttributePrimitive``.
struct KeyedAttributeEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: AttributeEncoder
    let map: AttributeNode.MapNode
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        map.members[key.stringValue] = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        map.members[key.stringValue] = try encoder.box(value, at: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [key])
        map.members[key.stringValue] = .pending(child)
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [key])
        map.members[key.stringValue] = .pending(child)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue)
    }

    private func superEncoder(named name: String) -> any Encoder {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [ListIndexKey(name)])
        map.members[name] = .pending(child)
        return child
    }
}
