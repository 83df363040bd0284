import LambdaEvents

extension AttributeValue {
    /// Bytes whose unsigned lexicographic order is DynamoDB's key order, for a SQLite BLOB index:
    /// a string's UTF-8 bytes, binary as is, a number's `DynamoDBNumber.sortableBytes`. Nil for
    /// types that cannot be keys or an unparsable number. Compare only keys of one type, as a
    /// key attribute always has one.
    public var sortKeyBytes: [UInt8]? {
        switch self {
        case .string(let string): Array(string.utf8)
        case .binary(let data): Array(data)
        case .number(let text): DynamoDBNumber.parse(text)?.sortableBytes
        default: nil
        }
    }
}
