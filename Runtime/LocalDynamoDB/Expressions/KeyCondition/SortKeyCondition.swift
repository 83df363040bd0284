import LambdaEvents

/// The one condition a Query may put on the sort key; each case maps to a range of the key order.
public enum SortKeyCondition: Sendable, Hashable {
    /// `sk = v`.
    case equal(AttributeValue)
    /// `sk < v`.
    case less(AttributeValue)
    /// `sk <= v`.
    case lessOrEqual(AttributeValue)
    /// `sk > v`.
    case greater(AttributeValue)
    /// `sk >= v`.
    case greaterOrEqual(AttributeValue)
    /// `sk BETWEEN low AND high`, inclusive.
    case between(AttributeValue, AttributeValue)
    /// `begins_with(sk, prefix)`, for string and binary keys.
    case beginsWith(AttributeValue)

    /// Whether a sort key value satisfies the condition, under DynamoDB's key order.
    public func matches(_ key: AttributeValue) -> Bool {
        func order(_ bound: AttributeValue) -> Int? { AttributeOrdering.compare(key, bound) }
        switch self {
        case .equal(let bound): return order(bound) == 0
        case .less(let bound): return order(bound).map { $0 < 0 } ?? false
        case .lessOrEqual(let bound): return order(bound).map { $0 <= 0 } ?? false
        case .greater(let bound): return order(bound).map { $0 > 0 } ?? false
        case .greaterOrEqual(let bound): return order(bound).map { $0 >= 0 } ?? false
        case .between(let low, let high):
            guard let fromLow = order(low), let toHigh = order(high) else { return false }
            return fromLow >= 0 && toHigh <= 0
        case .beginsWith(let prefix):
            return Condition.beginsWith(.value(key), .value(prefix)).isSatisfied(by: nil)
        }
    }
}
