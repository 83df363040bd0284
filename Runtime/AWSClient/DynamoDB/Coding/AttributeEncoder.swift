#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// The `Encoder` behind ``DynamoDBItemEncoder``: one per value being encoded.
final class AttributeEncoder: Encoder {
    let options: DynamoDBItemEncoder
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value wrote, through whichever container it asked for.
    var storage: AttributeNode?

    init(options: DynamoDBItemEncoder, codingPath: [any CodingKey]) {
        self.options = options
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let map: AttributeNode.MapNode
        if case .map(let existing)? = storage {
            map = existing
        } else {
            map = AttributeNode.MapNode()
            storage = .map(map)
        }
        return KeyedEncodingContainer(KeyedAttributeEncodingContainer(encoder: self, map: map))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list: AttributeNode.ListNode
        if case .list(let existing)? = storage {
            list = existing
        } else {
            list = AttributeNode.ListNode()
            storage = .list(list)
        }
        return UnkeyedAttributeEncodingContainer(encoder: self, list: list)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleAttributeEncodingContainer(encoder: self)
    }

    /// The node for `value`: its own attribute for primitives, dates and sets, otherwise whatever
    /// its `encode(to:)` writes into a fresh encoder (an empty map when it writes nothing).
    func box(_ value: some Encodable, at key: (any CodingKey)? = nil) throws -> AttributeNode {
        let path = key.map { codingPath + [$0] } ?? codingPath
        if let primitive = value as? any AttributePrimitive {
            return .value(try primitive.attributeValue(at: path))
        }
        if let date = value as? Date {
            return .value(encode(date))
        }
        if let set = value as? any AttributeSet {
            return set.isEmpty ? .omitted : .value(try set.attributeSet(at: path))
        }
        if let url = value as? URL {
            return .value(.string(url.absoluteString))
        }
        let child = AttributeEncoder(options: options, codingPath: path)
        try value.encode(to: child)
        return child.storage ?? .map(AttributeNode.MapNode())
    }

    private func encode(_ date: Date) -> AttributeValue {
        switch options.dateEncodingStrategy {
        case .iso8601:
            .string(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        case .secondsSince1970:
            .number(DynamoDBNumber.shortestText(date.timeIntervalSince1970.description))
        case .millisecondsSince1970:
            .number(DynamoDBNumber.shortestText((date.timeIntervalSince1970 * 1_000).rounded().description))
        }
    }
}
