import LambdaEvents

/// Writes the elements of a list.
struct UnkeyedAttributeEncodingContainer: UnkeyedEncodingContainer {
    let encoder: AttributeEncoder
    let list: AttributeNode.ListNode
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { list.elements.count }

    mutating func encodeNil() throws {
        list.elements.append(.value(.null))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        list.elements.append(try encoder.box(value, at: ListIndexKey(index: count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [ListIndexKey(index: count)])
        list.elements.append(.pending(child))
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [ListIndexKey(index: count)])
        list.elements.append(.pending(child))
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = AttributeEncoder(options: encoder.options, codingPath: codingPath + [ListIndexKey(index: count)])
        list.elements.append(.pending(child))
        return child
    }
}
