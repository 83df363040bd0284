import LambdaEvents

/// `Expected`, `QueryFilter` and `ScanFilter` with their `ConditionalOperator`, turned into the
/// condition an expression would have parsed to.
enum LegacyConditions {
    /// The `Expected` map as a condition; nil when the map is empty (or absent).
    static func expected(_ expected: [String: ExpectedAttributeValue]?, conditionalOperator: String?) throws(DynamoDBServiceError) -> ConditionExpression? {
        var conditions: [Condition] = []
        // Sorted, so the same request always reports the same attribute first.
        for (name, entry) in (expected ?? [:]).sorted(by: { $0.key < $1.key }) {
            conditions.append(try entry.condition(on: name))
        }
        return try joined(conditions, by: conditionalOperator)
    }

    /// A `QueryFilter` or `ScanFilter` (`member` is `queryFilter` or `scanFilter`) as a filter.
    static func filter(_ filter: [String: ComparisonCondition]?, member: String, conditionalOperator: String?) throws(DynamoDBServiceError) -> ConditionExpression? {
        var conditions: [Condition] = []
        for (name, entry) in (filter ?? [:]).sorted(by: { $0.key < $1.key }) {
            let (comparison, operands) = try entry.checked(member: "\(member).\(name)")
            conditions.append(comparison.condition(on: name, operands: operands))
        }
        return try joined(conditions, by: conditionalOperator)
    }

    /// The conditions joined by `AND` (the default) or `OR`.
    private static func joined(_ conditions: [Condition], by conditionalOperator: String?) throws(DynamoDBServiceError) -> ConditionExpression? {
        let or: Bool
        switch conditionalOperator {
        case nil, "AND": or = false
        case "OR": or = true
        case let other?:
            throw .validation("1 validation error detected: Value '\(other)' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]")
        }
        if conditionalOperator != nil {
            if conditions.isEmpty {
                throw .validation("ConditionalOperator cannot be used without Filter or Expected")
            }
            if conditions.count == 1 {
                throw .validation("ConditionalOperator can only be used when Filter or Expected has two or more elements")
            }
        }
        guard var condition = conditions.first else { return nil }
        for next in conditions.dropFirst() {
            condition = or ? .or(condition, next) : .and(condition, next)
        }
        return ConditionExpression(built: condition)
    }
}
