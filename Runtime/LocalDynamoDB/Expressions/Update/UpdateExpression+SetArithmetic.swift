import LambdaEvents

extension UpdateExpression {
    /// ADD: a number is summed (a missing attribute counts as 0), a set gains members. Members are
    /// looked up in a `Set`, so adding to or deleting from large sets stays linear.
    static func add(_ value: AttributeValue, to current: AttributeValue?) throws(DynamoDBError) -> AttributeValue {
        guard let current else { return value }
        switch (current, value) {
        case (.number(let a), .number(let b)):
            return .number(try DynamoDBNumber(a).adding(try DynamoDBNumber(b)).description)
        case (.stringSet(let a), .stringSet(let b)):
            let present = Set(a)
            return .stringSet(a + b.filter { !present.contains($0) })
        case (.binarySet(let a), .binarySet(let b)):
            let present = Set(a)
            return .binarySet(a + b.filter { !present.contains($0) })
        case (.numberSet(let a), .numberSet(let b)):
            let present = Set(a.map(DynamoDBNumber.canonical))
            return .numberSet(a + b.filter { !present.contains(DynamoDBNumber.canonical($0)) })
        default:
            throw .incorrectUpdateOperand
        }
    }

    /// DELETE: the set without the given members, or nil when nothing is left, since DynamoDB
    /// removes an attribute whose set becomes empty.
    static func delete(_ value: AttributeValue, from current: AttributeValue) throws(DynamoDBError) -> AttributeValue? {
        let remaining: AttributeValue
        switch (current, value) {
        case (.stringSet(let a), .stringSet(let b)):
            let removed = Set(b)
            remaining = .stringSet(a.filter { !removed.contains($0) })
        case (.binarySet(let a), .binarySet(let b)):
            let removed = Set(b)
            remaining = .binarySet(a.filter { !removed.contains($0) })
        case (.numberSet(let a), .numberSet(let b)):
            let removed = Set(b.map(DynamoDBNumber.canonical))
            remaining = .numberSet(a.filter { !removed.contains(DynamoDBNumber.canonical($0)) })
        default:
            throw .incorrectUpdateOperand
        }
        // Not a ternary: `cond ? nil : value` would read `nil` as the NULL attribute value.
        if remaining.sizeForCondition == 0 { return Optional.none }
        return remaining
    }
}
