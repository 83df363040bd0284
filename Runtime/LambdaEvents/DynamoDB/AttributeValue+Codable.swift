#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AttributeValue: Codable {
    /// Decodes DynamoDB JSON, strictly: the object must have exactly one known type key, binary
    /// values must be valid base64, and `NULL` must be `true`, as DynamoDB itself requires.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        let keys = container.allKeys
        guard keys.count == 1, let key = keys.first else {
            let names = keys.map(\.stringValue).sorted().joined(separator: ", ")
            let found = keys.isEmpty ? "found 0" : "found \(keys.count): \(names)"
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "AttributeValue must have exactly one type key, \(found)"
            ))
        }
        guard let type = DataType(rawValue: key.stringValue) else {
            let known = DataType.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: container,
                debugDescription: "AttributeValue has unknown type key \"\(key.stringValue)\"; expected one of \(known)"
            )
        }
        switch type {
        case .string: self = .string(try container.decode(String.self, forKey: key))
        case .number: self = .number(try container.decode(String.self, forKey: key))
        case .binary: self = .binary(try Self.decodeBase64(container.decode(String.self, forKey: key), key, container))
        case .stringSet: self = .stringSet(try container.decode([String].self, forKey: key))
        case .numberSet: self = .numberSet(try container.decode([String].self, forKey: key))
        case .binarySet:
            let texts = try container.decode([String].self, forKey: key)
            self = .binarySet(try texts.map { try Self.decodeBase64($0, key, container) })
        case .map: self = .map(try container.decode([String: AttributeValue].self, forKey: key))
        case .list: self = .list(try container.decode([AttributeValue].self, forKey: key))
        case .bool: self = .bool(try container.decode(Bool.self, forKey: key))
        case .null:
            guard try container.decode(Bool.self, forKey: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key,
                    in: container,
                    debugDescription: "AttributeValue NULL must be true"
                )
            }
            self = .null
        }
    }

    /// Encodes DynamoDB JSON. Bytes are always written as base64, whatever the encoder's data
    /// strategy, because DynamoDB accepts nothing else.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        let key = DynamicCodingKey(dataType.rawValue)
        switch self {
        case .string(let string): try container.encode(string, forKey: key)
        case .number(let text): try container.encode(text, forKey: key)
        case .binary(let data): try container.encode(data.base64EncodedString(), forKey: key)
        case .stringSet(let strings): try container.encode(strings, forKey: key)
        case .numberSet(let texts): try container.encode(texts, forKey: key)
        case .binarySet(let datas): try container.encode(datas.map { $0.base64EncodedString() }, forKey: key)
        case .map(let map): try container.encode(map, forKey: key)
        case .list(let list): try container.encode(list, forKey: key)
        case .null: try container.encode(true, forKey: key)
        case .bool(let bool): try container.encode(bool, forKey: key)
        }
    }

    private static func decodeBase64(
        _ text: String,
        _ key: DynamicCodingKey,
        _ container: KeyedDecodingContainer<DynamicCodingKey>
    ) throws -> Data {
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: container,
                debugDescription: "AttributeValue \(key.stringValue) is not valid base64"
            )
        }
        return data
    }
}
