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
    var selection = ReadSelection.allAttributes
    /// For a parallel scan, the segment whose rows this page keeps.
    var segment: ScanSegment?

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

    /// A local index that holds some attributes only reads its items from the table when the
    /// request needs more than the index holds: all attributes, a projection or a filter, which
    /// may name attributes the index lacks (a global index never does).
    private var readsTableItems: Bool {
        guard !target.isGlobal, target.projectsSomeAttributes else { return false }
        switch selection {
        case .allAttributes, .specificAttributes: return true
        case .allProjectedAttributes, .count: return filter != nil
        }
    }

    func run(_ db: Database) throws -> ReadPageOutput {
        let direction = descending ? "DESC" : "ASC"
        let readsTableItems = self.readsTableItems
        // The extra key columns only when a segment or a table read needs them.
        let columns = switch (segment != nil, readsTableItems) {
        case (false, false): "item, size"
        case (true, false): "item, size, partition_key"
        case (false, true): "item, size, item_partition_key, item_sort_key"
        case (true, true): "item, size, partition_key, item_partition_key, item_sort_key"
        }
        let sql = """
            SELECT \(columns) FROM dynamodb_items WHERE table_name = ? AND index_name = ?
            \(conditions.map { "AND \($0)" }.joined(separator: " "))
            ORDER BY partition_key \(direction), sort_key \(direction), item_partition_key \(direction), item_sort_key \(direction)
            """
        let values: [any DatabaseValueConvertible & Sendable] = [table.name, target.indexName] + arguments
        // A page's SQL takes one of a few shapes, so compiled statements are reused.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: sql), arguments: StatementArguments(values.map { $0 as any DatabaseValueConvertible }))
        var output = ReadPageOutput(items: selection == .count ? nil : [], count: 0, scannedCount: 0)
        var bytes = 0
        while let row = try rows.next() {
            if let segment, !segment.contains(partitionKey: row["partition_key"]) { continue }
            let item = try ItemJSON.decode(row["item"])
            output.scannedCount += 1
            bytes += row["size"] as Int
            let whole = readsTableItems
                ? try table.item(db, key: ItemKey(attributes: [:], partition: row["item_partition_key"], sort: row["item_sort_key"])) ?? item
                : item
            if filter?.isSatisfied(by: whole) ?? true {
                output.count += 1
                switch selection {
                case .allAttributes: output.items?.append(whole)
                case .allProjectedAttributes: output.items?.append(item)
                case .specificAttributes(let projection): output.items?.append(projection.apply(to: whole))
                case .count: break
                }
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
