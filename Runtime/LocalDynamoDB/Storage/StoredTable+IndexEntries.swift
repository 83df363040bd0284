import Foundation
import LambdaEvents

/// An item's entry in one secondary index.
struct IndexEntry: Sendable {
    var indexName: String
    var partition: Data
    var sort: Data
    /// The projected attributes, always with the table's and the index's keys.
    var item: DynamoDBItem
}

extension StoredTable {
    /// The entries `item` has in the secondary indexes: one per index whose key attributes the
    /// item holds (a sparse index skips the rest). Mistyped or empty index keys are refused.
    func indexEntries(of item: DynamoDBItem, key: ItemKey) throws(DynamoDBServiceError) -> [IndexEntry] {
        var entries: [IndexEntry] = []
        for index in secondaryIndexes {
            let schema = index.keySchema.keySchema
            let names = [schema.partitionKey] + (schema.sortKey.map { [$0] } ?? [])
            var bytes: [Data] = []
            for name in names {
                guard let value = item[name] else { break }
                let expected = type(of: name) ?? "S"
                guard value.dataType.rawValue == expected else {
                    throw .validation("One or more parameter values were invalid: Type mismatch for Index Key \(name) Expected: \(expected) Actual: \(value.dataType.rawValue) IndexName: \(index.indexName)")
                }
                if value == .string("") || value == .binary(Data()) {
                    throw .validation("One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty \(value == .string("") ? "string" : "binary") value. IndexName: \(index.indexName), IndexKey: \(name)")
                }
                try KeySizeLimit.check(value, isPartitionKey: name == schema.partitionKey)
                bytes.append(Data(value.sortKeyBytes ?? []))
            }
            guard bytes.count == names.count else { continue }
            entries.append(IndexEntry(
                indexName: index.indexName, partition: bytes[0], sort: bytes.count > 1 ? bytes[1] : Data(),
                item: project(item, into: index, schema: schema)
            ))
        }
        return entries
    }

    /// The attributes an index copies: keys always, then all, none or the listed others.
    private func project(_ item: DynamoDBItem, into index: SecondaryIndex, schema: KeySchema) -> DynamoDBItem {
        switch index.projection.projectionType ?? "ALL" {
        case "ALL":
            return item
        default:
            var kept = Set([key.partitionKey, schema.partitionKey] + [key.sortKey, schema.sortKey].compactMap { $0 })
            kept.formUnion(index.projection.nonKeyAttributes ?? [])
            return item.filter { kept.contains($0.key) }
        }
    }
}
