#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// A type with its own attribute value, written and read without going through an encoder's
/// containers: strings, booleans, numbers (as exact decimal text), bytes, and attribute values themselves.
protocol AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) throws -> AttributeValue
    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws
}

extension AttributePrimitive {
    static func mismatch(_ value: AttributeValue, expected: AttributeValue.DataType, at codingPath: [any CodingKey])
        -> DecodingError
    {
        DecodingError.typeMismatch(Self.self, .init(
            codingPath: codingPath,
            debugDescription: "expected \(expected.rawValue) for \(Self.self), found \(value.dataType.rawValue)"))
    }

    static func number(in value: AttributeValue, at codingPath: [any CodingKey]) throws -> String {
        guard case .number(let text) = value else { throw mismatch(value, expected: .number, at: codingPath) }
        return text
    }
}

extension AttributeValue: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { self }
    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) { self = attributeValue }
}

extension String: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { .string(self) }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        guard case .string(let string) = attributeValue else {
            throw Self.mismatch(attributeValue, expected: .string, at: codingPath)
        }
        self = string
    }
}

extension Bool: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { .bool(self) }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        guard case .bool(let bool) = attributeValue else {
            throw Self.mismatch(attributeValue, expected: .bool, at: codingPath)
        }
        self = bool
    }
}

extension Data: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { .binary(self) }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        guard case .binary(let data) = attributeValue else {
            throw Self.mismatch(attributeValue, expected: .binary, at: codingPath)
        }
        self = data
    }
}

extension DynamoDBNumber: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { .number(text) }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        let text = try Self.number(in: attributeValue, at: codingPath)
        guard let number = DynamoDBNumber(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) is not a number"))
        }
        self = number
    }
}

extension Decimal: AttributePrimitive {
    func attributeValue(at codingPath: [any CodingKey]) throws -> AttributeValue {
        guard isFinite else {
            throw EncodingError.invalidValue(self, .init(codingPath: codingPath, debugDescription: "DynamoDB has no NaN"))
        }
        return .number(description)
    }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        let text = try Self.number(in: attributeValue, at: codingPath)
        guard let decimal = Decimal(string: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) is not a Decimal"))
        }
        self = decimal
    }
}
