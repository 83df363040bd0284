import Foundation
import LambdaEvents

extension StoredTable {
    /// The key of a request's `Key` member, which must hold exactly the table's key attributes
    /// with their declared types.
    func key(fromRequest key: DynamoDBItem) throws(DynamoDBServiceError) -> ItemKey {
        let names = [self.key.partitionKey] + (self.key.sortKey.map { [$0] } ?? [])
        guard key.count == names.count else {
            throw .validation("The provided key element does not match the schema")
        }
        for name in names {
            guard let value = key[name], value.dataType.rawValue == type(of: name) else {
                throw .validation("The provided key element does not match the schema")
            }
        }
        return try itemKey(of: key)
    }

    /// The key of a whole item being written, with PutItem's messages for missing or mistyped keys.
    func key(ofItem item: DynamoDBItem) throws(DynamoDBServiceError) -> ItemKey {
        for name in [key.partitionKey] + (key.sortKey.map { [$0] } ?? []) {
            guard let value = item[name] else {
                throw .validation("One or more parameter values were invalid: Missing the key \(name) in the item")
            }
            let expected = type(of: name) ?? "S"
            guard value.dataType.rawValue == expected else {
                throw .validation("One or more parameter values were invalid: Type mismatch for key \(name) expected: \(expected) actual: \(value.dataType.rawValue)")
            }
        }
        return try itemKey(of: item)
    }

    /// Builds the key of an item whose key attributes are present and typed.
    private func itemKey(of item: DynamoDBItem) throws(DynamoDBServiceError) -> ItemKey {
        var attributes: DynamoDBItem = [:]
        var bytes: [Data] = []
        for name in [key.partitionKey] + (key.sortKey.map { [$0] } ?? []) {
            let value = try Self.canonicalKeyValue(item[name]!, name: name)
            try KeySizeLimit.check(value, isPartitionKey: name == key.partitionKey)
            attributes[name] = value
            bytes.append(Data(value.sortKeyBytes ?? []))
        }
        return ItemKey(attributes: attributes, partition: bytes[0], sort: bytes.count > 1 ? bytes[1] : Data())
    }

    /// A key value with its number canonicalized, refusing the empty strings and binaries
    /// DynamoDB refuses in keys.
    static func canonicalKeyValue(_ value: AttributeValue, name: String) throws(DynamoDBServiceError) -> AttributeValue {
        switch value {
        case .string(let text) where text.isEmpty:
            throw .validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: \(name)")
        case .binary(let data) where data.isEmpty:
            throw .validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: \(name)")
        case .number(let text):
            do { return .number(try DynamoDBNumber(text).description) } catch { throw DynamoDBServiceError(error) }
        default:
            return value
        }
    }
}
