import LambdaEvents

/// Item size as DynamoDB bills and limits it: each attribute's UTF-8 name length plus its value's size.
public enum ItemSize {
    /// The largest item DynamoDB stores, 400 KB.
    public static let maximumItemBytes = 400 * 1024
    /// The most data one Query or Scan page reads, 1 MB.
    public static let pageBytes = 1024 * 1024

    /// The size of a whole item.
    public static func of(_ item: DynamoDBItem) -> Int {
        item.reduce(0) { $0 + $1.key.utf8.count + of($1.value) }
    }

    /// The size of one value without its name. Strings count UTF-8 bytes, binary its raw bytes,
    /// numbers one byte per two significant digits plus one, booleans and null one byte; sets the
    /// sum of their members; lists and maps 3 bytes plus, per element, 1 byte, its size and (for
    /// maps) its key's UTF-8 length.
    public static func of(_ value: AttributeValue) -> Int {
        switch value {
        case .string(let string): string.utf8.count
        case .binary(let data): data.count
        case .number(let text): numberSize(text)
        case .bool, .null: 1
        case .stringSet(let members): members.reduce(0) { $0 + $1.utf8.count }
        case .numberSet(let members): members.reduce(0) { $0 + numberSize($1) }
        case .binarySet(let members): members.reduce(0) { $0 + $1.count }
        case .list(let elements): elements.reduce(3) { $0 + 1 + of($1) }
        case .map(let members): members.reduce(3) { $0 + 1 + $1.key.utf8.count + of($1.value) }
        }
    }

    /// Throws DynamoDB's error for an item above 400 KB.
    public static func checkLimit(_ item: DynamoDBItem) throws(DynamoDBError) {
        guard of(item) <= maximumItemBytes else {
            throw .validation("Item size has exceeded the maximum allowed size")
        }
    }

    /// Leading and trailing zeros are not stored, so only significant digits count.
    private static func numberSize(_ text: String) -> Int {
        let digits = DynamoDBNumber.parse(text)?.digits.count ?? text.count
        return (digits + 1) / 2 + 1
    }
}
