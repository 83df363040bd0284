#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// The `Decoder` behind ``DynamoDBItemDecoder``: one per value being decoded.
final class AttributeDecoder: Decoder {
    let value: AttributeValue
    let options: DynamoDBItemDecoder
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: AttributeValue, options: DynamoDBItemDecoder, codingPath: [any CodingKey]) {
        self.value = value
        self.options = options
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .map(let members) = value else {
            throw DecodingError.typeMismatch([String: AttributeValue].self, .init(
                codingPath: codingPath, debugDescription: "expected M, found \(value.dataType.rawValue)"))
        }
        return KeyedDecodingContainer(KeyedAttributeDecodingContainer(decoder: self, members: members))
    }

    /// Lists and the three set types all read as sequences of values.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let elements: [AttributeValue]
        switch value {
        case .list(let list): elements = list
        case .stringSet(let strings): elements = strings.map(AttributeValue.string)
        case .numberSet(let texts): elements = texts.map(AttributeValue.number)
        case .binarySet(let datas): elements = datas.map(AttributeValue.binary)
        default:
            throw DecodingError.typeMismatch([AttributeValue].self, .init(
                codingPath: codingPath, debugDescription: "expected L, SS, NS or BS, found \(value.dataType.rawValue)"))
        }
        return UnkeyedAttributeDecodingContainer(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleAttributeDecodingContainer(decoder: self)
    }

    /// Decodes `type` from `value`, found at `key` below this decoder's path.
    func unbox<T: Decodable>(_ value: AttributeValue, as type: T.Type, at key: (any CodingKey)?) throws -> T {
        let path = key.map { codingPath + [$0] } ?? codingPath
        if let primitive = type as? any AttributePrimitive.Type {
            return try primitive.init(attributeValue: value, at: path) as! T
        }
        if type == Date.self {
            return try decodeDate(value, at: path) as! T
        }
        if let set = type as? any AttributeSet.Type, value == .null {
            return set.emptySet as! T
        }
        if type == URL.self {
            guard case .string(let text) = value, let url = URL(string: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "expected a URL in S"))
            }
            return url as! T
        }
        return try T(from: AttributeDecoder(value: value, options: options, codingPath: path))
    }

    private func decodeDate(_ value: AttributeValue, at path: [any CodingKey]) throws -> Date {
        switch (options.dateDecodingStrategy, value) {
        case (.iso8601, .string(let text)):
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) {
                return date
            }
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "\(text) is not an ISO 8601 date"))
        case (.secondsSince1970, .number(let text)):
            if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        case (.millisecondsSince1970, .number(let text)):
            if let milliseconds = Double(text) { return Date(timeIntervalSince1970: milliseconds / 1_000) }
        default:
            break
        }
        throw DecodingError.typeMismatch(Date.self, .init(
            codingPath: path,
            debugDescription: "\(value.dataType.rawValue) is not a date under \(options.dateDecodingStrategy)"))
    }
}
