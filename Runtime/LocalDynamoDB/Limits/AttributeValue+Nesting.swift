import LambdaEvents

extension AttributeValue {
    /// Whether the value, standing at `level` (a top-level attribute is level 1), reaches past
    /// ``DynamoDBLimits/nestingLevels``. The walk stops at the first level too deep, so it never
    /// recurses more than the limit however deep the value is.
    func nestsTooDeep(at level: Int = 1) -> Bool {
        guard level <= DynamoDBLimits.nestingLevels else { return true }
        switch self {
        case .map(let members): return members.values.contains { $0.nestsTooDeep(at: level + 1) }
        case .list(let elements): return elements.contains { $0.nestsTooDeep(at: level + 1) }
        default: return false
        }
    }
}
