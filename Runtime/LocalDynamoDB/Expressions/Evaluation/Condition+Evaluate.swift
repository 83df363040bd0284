import LambdaEvents

extension Condition {
    /// Whether `item` satisfies the condition; nil stands for "no item", on which only
    /// `attribute_not_exists` and `<>` against a value can hold. Type mismatches are false, never errors.
    public func isSatisfied(by item: DynamoDBItem?) -> Bool {
        switch self {
        case .and:
            // `a AND b AND c` is `(a AND b) AND c`: the chain's left spine is walked in a loop, so
            // a long chain costs no stack. Conditions have no effects, so the order is free.
            var rest = self
            while case .and(let left, let right) = rest {
                guard right.isSatisfied(by: item) else { return false }
                rest = left
            }
            return rest.isSatisfied(by: item)
        case .or:
            var rest = self
            while case .or(let left, let right) = rest {
                if right.isSatisfied(by: item) { return true }
                rest = left
            }
            return rest.isSatisfied(by: item)
        case .not:
            var negated = false
            var rest = self
            while case .not(let inner) = rest {
                negated.toggle()
                rest = inner
            }
            return rest.isSatisfied(by: item) != negated
        case .attributeExists(let path):
            return path.value(in: item) != nil
        case .attributeNotExists(let path):
            return path.value(in: item) == nil
        case .attributeType(let path, let type):
            return path.value(in: item)?.dataType.rawValue == type
        case .compare(let left, let comparator, let right):
            return Self.compare(left.value(in: item), comparator, right.value(in: item))
        case .between(let operand, let low, let high):
            guard let value = operand.value(in: item), let lower = low.value(in: item), let upper = high.value(in: item),
                  let fromLow = AttributeOrdering.compare(value, lower),
                  let toHigh = AttributeOrdering.compare(value, upper) else { return false }
            return fromLow >= 0 && toHigh <= 0
        case .isIn(let operand, let candidates):
            guard let value = operand.value(in: item) else { return false }
            return candidates.contains { $0.value(in: item).map { AttributeOrdering.equal(value, $0) } ?? false }
        case .beginsWith(let operand, let prefix):
            switch (operand.value(in: item), prefix.value(in: item)) {
            case (.string(let string)?, .string(let start)?): return string.utf8.starts(with: start.utf8)
            case (.binary(let data)?, .binary(let start)?): return data.starts(with: start)
            default: return false
            }
        case .contains(let operand, let member):
            guard let container = operand.value(in: item), let member = member.value(in: item) else { return false }
            return Self.contains(container, member)
        }
    }

    /// `<>` holds whenever the operands are not equal, including when one is missing, as in DynamoDB.
    static func compare(_ left: AttributeValue?, _ comparator: Comparator, _ right: AttributeValue?) -> Bool {
        guard let left, let right else { return comparator == .notEqual }
        switch comparator {
        case .equal: return AttributeOrdering.equal(left, right)
        case .notEqual: return !AttributeOrdering.equal(left, right)
        default:
            guard let order = AttributeOrdering.compare(left, right) else { return false }
            switch comparator {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    static func contains(_ container: AttributeValue, _ member: AttributeValue) -> Bool {
        switch (container, member) {
        case (.string(let string), .string(let part)):
            return part.isEmpty || string.utf8.firstRange(of: part.utf8) != nil
        case (.binary(let data), .binary(let part)):
            return part.isEmpty || Array(data).firstRange(of: Array(part)) != nil
        case (.stringSet(let members), .string(let candidate)):
            return members.contains(candidate)
        case (.numberSet(let members), .number(let candidate)):
            return members.contains { AttributeOrdering.equal(.number($0), .number(candidate)) }
        case (.binarySet(let members), .binary(let candidate)):
            return members.contains(candidate)
        case (.list(let elements), _):
            return elements.contains { AttributeOrdering.equal($0, member) }
        default:
            return false
        }
    }
}
