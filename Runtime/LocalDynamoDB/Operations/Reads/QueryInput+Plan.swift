import Foundation
import GRDB
import LambdaEvents

extension QueryInput {
    /// The page read: one partition's range of the table or index, never a scan of other partitions.
    func plan(_ db: Database) throws -> PageRead {
        try ReadOptions.checkLimit(limit)
        let legacy = try usesLegacyMembers ? legacyMembers() : nil
        let table = try StoredTable.fetch(db, tableName)
        let target = try table.readTarget(indexName)
        try ReadOptions.checkConsistentRead(consistentRead, on: target)
        let attributes = try ExpressionAttributes(names: expressionAttributeNames, values: expressionAttributeValues)
        let keyCondition: KeyConditionExpression
        if let keyConditionExpression {
            keyCondition = try KeyConditionExpression.parsed(keyConditionExpression, schema: target.key, attributes: attributes)
        } else if let keyConditions {
            keyCondition = try KeyConditions.expression(keyConditions, schema: target.key)
        } else {
            throw DynamoDBServiceError.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.")
        }
        let filter = try legacy?.filter ?? filterExpression.map { text throws(DynamoDBError) in
            try ConditionExpression.parsed(text, kind: .filter, attributes: attributes)
        }
        if let legacyFilter = queryFilter, let key = [target.key.partitionKey, target.key.sortKey].compactMap({ $0 }).first(where: { legacyFilter[$0] != nil }) {
            throw DynamoDBServiceError.validation("QueryFilter can only contain non-primary key attributes: Primary key attribute: \(key)")
        }
        let projection = try legacy?.projection ?? projectionExpression.map { text throws(DynamoDBError) in
            try ProjectionExpression.parsed(text, attributes: attributes)
        }
        try attributes.checkAllUsed(by: [keyCondition.usage, filter?.usage, projection?.usage].compactMap { $0 })
        let selection = try ReadSelection.resolve(
            select, projection: projection, projectionMember: attributesToGet == nil ? "ProjectionExpression" : "AttributesToGet",
            target: target, isQuery: true)

        var read = PageRead(table: table, target: target, descending: scanIndexForward == false, limit: limit,
                            filter: filter, selection: selection)
        read.conditions.append("partition_key = ?")
        read.arguments.append(try Self.bytes(keyCondition.partitionValue, of: keyCondition.partitionKey, type: table.type(of: target.key.partitionKey)))
        if let sortKey = keyCondition.sortKey {
            try Self.addSortCondition(sortKey.condition, of: sortKey.name, type: table.type(of: sortKey.name), to: &read)
        }
        try read.start(after: exclusiveStartKey)
        return read
    }

    /// A key value's index bytes, after checking it has the key's declared type and is not empty.
    private static func bytes(_ value: AttributeValue, of key: String, type: String?) throws(DynamoDBServiceError) -> Data {
        guard value.dataType.rawValue == type, let bytes = value.sortKeyBytes else {
            throw .validation("One or more parameter values were invalid: Condition parameter type does not match schema type")
        }
        // Only an empty string or binary has no bytes; DynamoDB refuses those in keys.
        if bytes.isEmpty { _ = try StoredTable.canonicalKeyValue(value, name: key) }
        return Data(bytes)
    }

    private static func addSortCondition(_ condition: SortKeyCondition, of key: String, type: String?, to read: inout PageRead) throws(DynamoDBServiceError) {
        func bound(_ sqlOperator: String, _ value: AttributeValue) throws(DynamoDBServiceError) {
            read.conditions.append("sort_key \(sqlOperator) ?")
            read.arguments.append(try bytes(value, of: key, type: type))
        }
        switch condition {
        case .equal(let value): try bound("=", value)
        case .less(let value): try bound("<", value)
        case .lessOrEqual(let value): try bound("<=", value)
        case .greater(let value): try bound(">", value)
        case .greaterOrEqual(let value): try bound(">=", value)
        case .between(let low, let high):
            if let order = AttributeOrdering.compare(low, high), order > 0 {
                throw .validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound")
            }
            try bound(">=", low)
            try bound("<=", high)
        case .beginsWith(let prefix):
            guard type != "N" else {
                throw .validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N")
            }
            let start = try bytes(prefix, of: key, type: type)
            read.conditions.append("sort_key >= ?")
            read.arguments.append(start)
            if let end = Self.successor(of: start) {
                read.conditions.append("sort_key < ?")
                read.arguments.append(end)
            }
        }
    }

    /// The smallest byte string greater than every string starting with `prefix`; nil when
    /// the prefix is all 0xFF (or empty) and no upper bound exists.
    static func successor(of prefix: Data) -> Data? {
        var bytes = Array(prefix)
        while let last = bytes.last {
            if last < 0xFF {
                bytes[bytes.count - 1] = last + 1
                return Data(bytes)
            }
            bytes.removeLast()
        }
        return nil
    }
}
