import LambdaEvents

/// Query's legacy `KeyConditions`, turned into the key condition a `KeyConditionExpression`
/// would have parsed to, with the service's errors for what a key cannot be queried by.
enum KeyConditions {
    /// The key condition against the queried table's or index's key schema.
    static func expression(_ conditions: [String: ComparisonCondition], schema: KeySchema) throws(DynamoDBServiceError) -> KeyConditionExpression {
        var checked: [String: (ComparisonOperator, [AttributeValue])] = [:]
        for (name, condition) in conditions.sorted(by: { $0.key < $1.key }) {
            checked[name] = try condition.checked(member: "keyConditions.\(name)")
        }
        guard checked.count == 1 || checked.count == 2 else {
            throw .validation("Conditions can be of length 1 or 2 only")
        }
        if schema.sortKey == nil, checked.count > 1 {
            throw .validation("Query key condition not supported")
        }
        var partitionValue: AttributeValue?
        var sortKey: (name: String, condition: SortKeyCondition)?
        for name in [schema.partitionKey] + (schema.sortKey.map { [$0] } ?? []) {
            let isPartition = name == schema.partitionKey
            guard let (comparison, operands) = checked[name] else {
                if isPartition || checked.count > 1 {
                    throw .validation("Query condition missed key schema element: \(name)")
                }
                continue
            }
            guard let condition = sortKeyCondition(comparison, operands) else {
                throw .validation("Attempted conditional constraint is not an indexable operation")
            }
            if isPartition {
                guard case .equal(let value) = condition else { throw .validation("Query key condition not supported") }
                partitionValue = value
            } else {
                sortKey = (name, condition)
            }
        }
        // The loop throws when the partition key has no condition.
        guard let partitionValue else { throw .validation("Query condition missed key schema element: \(schema.partitionKey)") }
        return KeyConditionExpression(built: schema.partitionKey, equals: partitionValue, sortKey: sortKey)
    }

    /// The key range an operator selects; nil for those no index order can answer.
    private static func sortKeyCondition(_ comparison: ComparisonOperator, _ operands: [AttributeValue]) -> SortKeyCondition? {
        switch comparison {
        case .equal: .equal(operands[0])
        case .less: .less(operands[0])
        case .lessOrEqual: .lessOrEqual(operands[0])
        case .greater: .greater(operands[0])
        case .greaterOrEqual: .greaterOrEqual(operands[0])
        case .beginsWith: .beginsWith(operands[0])
        case .between: .between(operands[0], operands[1])
        case .notEqual, .null, .notNull, .contains, .notContains, .isIn: nil
        }
    }
}
