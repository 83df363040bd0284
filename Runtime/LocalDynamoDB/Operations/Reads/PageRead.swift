import Foundation
import GRDB
import LambdaEvents

/// One page of a Query or Scan: an ordered range of index rows, read until `Limit` items or
/// 1 MB, then filtered and projected.
struct PageRead {
    var table: StoredTable
    var target: ReadTarget
    /// Extra SQL conditions on the row's key columns, ANDed.
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible & Sendable] = []
    var descending = false
    var limit: Int?
    var filter: ConditionExpression?
    var projection: ProjectionExpression?
    var countOnly = false

    /// Adds `ExclusiveStartKey`: rows strictly after (or before, descending) that item's position.
    mutating func start(after key: DynamoDBItem?) throws(DynamoDBServiceError) {
        guard let key else { return }
        let base = table.key
        let names = Set([base.partitionKey, base.sortKey, target.key.partitionKey, target.key.sortKey].compactMap { $0 })
        guard Set(key.keys) == names, let itemKey = try? table.key(fromRequest: key.filter { [base.partitionKey, base.sortKey].contains($0.key) }) else {
            throw .validation("The provided starting key is invalid: The provided key element does not match the schema")
        }
        let partition = Data(key[target.key.partitionKey]?.sortKeyBytes ?? [])
        let sort = Data(target.key.sortKey.flatMap { key[$0]?.sortKeyBytes } ?? [])
        conditions.append("(partition_key, sort_key, item_partition_key, item_sort_key) \(descending ? "<" : ">") (?, ?, ?, ?)")
        arguments += [partition, sort, itemKey.partition, itemKey.sort]
    }

    func run(_ db: Database) throws -> ReadPageOutput {
        let direction = descending ? "DESC" : "ASC"
        let sql = """
            SELECT item, size FROM dynamodb_items WHERE table_name = ? AND index_name = ?
            \(conditions.map { "AND \($0)" }.joined(separator: " "))
            ORDER BY partition_key \(direction), sort_key \(direction), item_partition_key \(direction), item_sort_key \(direction)
            """
        let values: [any DatabaseValueConvertible & Sendable] = [table.name, target.indexName] + arguments
        // A page's SQL takes one of a few shapes, so compiled statements are reused.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: sql), arguments: StatementArguments(values.map { $0 as any DatabaseValueConvertible }))
        var output = ReadPageOutput(items: countOnly ? nil : [], count: 0, scannedCount: 0)
        var bytes = 0
        while let row = try rows.next() {
            let item = try ItemJSON.decode(row["item"])
            output.scannedCount += 1
            bytes += row["size"] as Int
            if filter?.isSatisfied(by: item) ?? true {
                output.count += 1
                if !countOnly { output.items?.append(projection?.apply(to: item) ?? item) }
            }
            if output.scannedCount == limit || bytes >= ItemSize.pageBytes {
                output.lastEvaluatedKey = lastEvaluatedKey(of: item)
                break
            }
        }
        return output
    }

    /// The table's key attributes plus, for an index, the index's.
    private func lastEvaluatedKey(of item: DynamoDBItem) -> DynamoDBItem {
        let names = [table.key.partitionKey, table.key.sortKey, target.key.partitionKey, target.key.sortKey].compactMap { $0 }
        return item.filter { names.contains($0.key) }
    }
}
