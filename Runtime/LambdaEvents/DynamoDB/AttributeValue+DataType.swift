extension AttributeValue {
    /// The type of an attribute value, named by the key DynamoDB JSON uses for it.
    public enum DataType: String, Sendable, Hashable, CaseIterable {
        /// `S`, a string.
        case string = "S"
        /// `N`, a number.
        case number = "N"
        /// `B`, bytes.
        case binary = "B"
        /// `SS`, a set of strings.
        case stringSet = "SS"
        /// `NS`, a set of numbers.
        case numberSet = "NS"
        /// `BS`, a set of byte strings.
        case binarySet = "BS"
        /// `M`, a map.
        case map = "M"
        /// `L`, a list.
        case list = "L"
        /// `NULL`, the null value.
        case null = "NULL"
        /// `BOOL`, a boolean.
        case bool = "BOOL"
    }

    /// The value's type, as DynamoDB names it.
    public var dataType: DataType {
        switch self {
        case .string: .string
        case .number: .number
        case .binary: .binary
        case .stringSet: .stringSet
        case .numberSet: .numberSet
        case .binarySet: .binarySet
        case .map: .map
        case .list: .list
        case .null: .null
        case .bool: .bool
        }
    }
}
