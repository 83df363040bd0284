#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaEvents

/// An element type that makes a `Set` a DynamoDB set: strings an `SS`, numbers an `NS`, bytes a `BS`.
protocol AttributeSetElement: AttributePrimitive, Hashable {}

extension String: AttributeSetElement {}
extension Data: AttributeSetElement {}
extension DynamoDBNumber: AttributeSetElement {}
extension Decimal: AttributeSetElement {}
extension Int: AttributeSetElement {}
extension Int8: AttributeSetElement {}
extension Int16: AttributeSetElement {}
extension Int32: AttributeSetElement {}
extension Int64: AttributeSetElement {}
extension UInt: AttributeSetElement {}
extension UInt8: AttributeSetElement {}
extension UInt16: AttributeSetElement {}
extension UInt32: AttributeSetElement {}
extension UInt64: AttributeSetElement {}
extension Double: AttributeSetElement {}
extension Float: AttributeSetElement {}

/// A Swift `Set` of strings, numbers or bytes, written as a DynamoDB set rather than a list.
///
/// DynamoDB has no empty sets: an empty one is left out of the item, and a missing set
/// attribute reads back as an empty set.
protocol AttributeSet {
    var isEmpty: Bool { get }
    func attributeSet(at codingPath: [any CodingKey]) throws -> AttributeValue
    static var emptySet: Self { get }
}

extension Set: AttributeSet where Element: AttributeSetElement {
    /// The elements in sorted order, so that the same set always encodes to the same request.
    func attributeSet(at codingPath: [any CodingKey]) throws -> AttributeValue {
        var strings: [String] = []
        var numbers: [String] = []
        var bytes: [Data] = []
        for element in self {
            switch try element.attributeValue(at: codingPath) {
            case .string(let string): strings.append(string)
            case .number(let text): numbers.append(text)
            case .binary(let data): bytes.append(data)
            default: break
            }
        }
        if !numbers.isEmpty { return .numberSet(numbers.sorted()) }
        if !bytes.isEmpty { return .binarySet(bytes.sorted { $0.lexicographicallyPrecedes($1) }) }
        return .stringSet(strings.sorted())
    }

    static var emptySet: Self { [] }
}
