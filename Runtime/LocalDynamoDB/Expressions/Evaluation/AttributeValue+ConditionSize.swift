import LambdaEvents

extension AttributeValue {
    /// What `size()` returns: UTF-8 bytes of a string (DynamoDB measures strings in bytes), bytes of
    /// binary, members of a set, map or list; nil for numbers, booleans and null, which have no size.
    var sizeForCondition: Int? {
        switch self {
        case .string(let string): string.utf8.count
        case .binary(let data): data.count
        case .stringSet(let members): members.count
        case .numberSet(let members): members.count
        case .binarySet(let members): members.count
        case .list(let list): list.count
        case .map(let map): map.count
        case .number, .bool, .null: nil
        }
    }
}
