import LambdaEvents

extension AttributePrimitive where Self: FixedWidthInteger {
    func attributeValue(at codingPath: [any CodingKey]) -> AttributeValue { .number(String(self)) }

    /// Reads the exact decimal text; a fraction or a value out of range is an error, never a rounding.
    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        let text = try Self.number(in: attributeValue, at: codingPath)
        guard let value = Self(text) ?? DecimalText(text)?.exactInteger(as: Self.self) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "\(text) is not a whole number that fits in \(Self.self)"))
        }
        self = value
    }
}

extension AttributePrimitive where Self: BinaryFloatingPoint & LosslessStringConvertible {
    /// The shortest text that reads back as the same value; infinities and NaN cannot be stored.
    func attributeValue(at codingPath: [any CodingKey]) throws -> AttributeValue {
        guard isFinite else {
            throw EncodingError.invalidValue(self, .init(
                codingPath: codingPath, debugDescription: "DynamoDB cannot store \(self)"))
        }
        return .number(DynamoDBNumber.shortestText(description))
    }

    init(attributeValue: AttributeValue, at codingPath: [any CodingKey]) throws {
        let text = try Self.number(in: attributeValue, at: codingPath)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(text) is not a \(Self.self)"))
        }
        self = value
    }
}

extension Int: AttributePrimitive {}
extension Int8: AttributePrimitive {}
extension Int16: AttributePrimitive {}
extension Int32: AttributePrimitive {}
extension Int64: AttributePrimitive {}
extension UInt: AttributePrimitive {}
extension UInt8: AttributePrimitive {}
extension UInt16: AttributePrimitive {}
extension UInt32: AttributePrimitive {}
extension UInt64: AttributePrimitive {}
extension Double: AttributePrimitive {}
extension Float: AttributePrimitive {}
