import LambdaEvents

extension AttributeValue {
    /// Whether both values are the same down to the bytes of every string and name, stricter than
    /// `==`, whose strings compare by canonical equivalence.
    func isIdentical(to other: AttributeValue) -> Bool {
        switch (self, other) {
        case (.string(let left), .string(let right)), (.number(let left), .number(let right)):
            return left.hasSameBytes(as: right)
        case (.binary(let left), .binary(let right)):
            return left == right
        case (.stringSet(let left), .stringSet(let right)), (.numberSet(let left), .numberSet(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.hasSameBytes(as: $1) }
        case (.binarySet(let left), .binarySet(let right)):
            return left == right
        case (.map(let left), .map(let right)):
            return DynamoDBItem.isIdentical(left, right)
        case (.list(let left), .list(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isIdentical(to: $1) }
        case (.null, .null):
            return true
        case (.bool(let left), .bool(let right)):
            return left == right
        default:
            return false
        }
    }
}

extension DynamoDBItem {
    /// Whether both maps have the same names, byte for byte, with identical values.
    static func isIdentical(_ left: DynamoDBItem, _ right: DynamoDBItem) -> Bool {
        guard left.count == right.count else { return false }
        for (name, value) in left {
            guard let index = right.index(forKey: name) else { return false }
            let (otherName, otherValue) = right[index]
            guard name.hasSameBytes(as: otherName), value.isIdentical(to: otherValue) else { return false }
        }
        return true
    }
}
