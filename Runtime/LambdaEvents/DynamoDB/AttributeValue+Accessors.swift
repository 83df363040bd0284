#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AttributeValue {
    /// The string of an `S` value, or `nil` for any other type.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The decimal text of an `N` value, or `nil` for any other type.
    public var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }

    /// The bytes of a `B` value, or `nil` for any other type.
    public var binaryValue: Data? {
        if case .binary(let data) = self { return data }
        return nil
    }

    /// The strings of an `SS` value, or `nil` for any other type.
    public var stringSetValue: [String]? {
        if case .stringSet(let strings) = self { return strings }
        return nil
    }

    /// The decimal texts of an `NS` value, or `nil` for any other type.
    public var numberSetValue: [String]? {
        if case .numberSet(let texts) = self { return texts }
        return nil
    }

    /// The byte strings of a `BS` value, or `nil` for any other type.
    public var binarySetValue: [Data]? {
        if case .binarySet(let datas) = self { return datas }
        return nil
    }

    /// The members of an `M` value, or `nil` for any other type.
    public var mapValue: [String: AttributeValue]? {
        if case .map(let map) = self { return map }
        return nil
    }

    /// The elements of an `L` value, or `nil` for any other type.
    public var listValue: [AttributeValue]? {
        if case .list(let list) = self { return list }
        return nil
    }

    /// The boolean of a `BOOL` value, or `nil` for any other type.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// Whether this is the `NULL` value.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key` of an `M` value, or `nil`.
    public subscript(key: String) -> AttributeValue? {
        mapValue?[key]
    }

    /// The element at `index` of an `L` value, or `nil` when out of range or not a list.
    public subscript(index: Int) -> AttributeValue? {
        guard let list = listValue, list.indices.contains(index) else { return nil }
        return list[index]
    }
}
