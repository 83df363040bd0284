import LambdaEvents

extension KeyConditionExpression {
    /// Flattens `a AND b` into simple key terms in written order, rejecting every operator a key
    /// condition lacks. A list of pending conditions stands in for recursion, so a long chain of
    /// ANDs costs no stack.
    static func collect(_ condition: Condition, into terms: inout [(name: String, condition: SortKeyCondition)]) throws(DynamoDBError) {
        var pending = [condition]
        while let next = pending.popLast() {
            if case .and(let left, let right) = next {
                pending.append(right)
                pending.append(left)
            } else {
                try collectTerm(next, into: &terms)
            }
        }
    }

    private static func collectTerm(_ condition: Condition, into terms: inout [(name: String, condition: SortKeyCondition)]) throws(DynamoDBError) {
        switch condition {
        case .and:
            return
        case .compare(let left, let comparator, let right):
            let (name, value, flipped) = try keyAndValue(left, right)
            let effective = flipped ? comparator.mirrored : comparator
            let term: SortKeyCondition
            switch effective {
            case .equal: term = .equal(value)
            case .less: term = .less(value)
            case .lessOrEqual: term = .lessOrEqual(value)
            case .greater: term = .greater(value)
            case .greaterOrEqual: term = .greaterOrEqual(value)
            case .notEqual: throw unsupportedOperator("<>")
            }
            terms.append((name, term))
        case .between(let operand, let low, let high):
            guard case .path(let path) = operand, case .value(let lower) = low, case .value(let upper) = high else {
                throw .validation("Query key condition not supported")
            }
            terms.append((try keyName(path), .between(lower, upper)))
        case .beginsWith(let operand, let prefix):
            guard case .path(let path) = operand, case .value(let value) = prefix else {
                throw .validation("Query key condition not supported")
            }
            terms.append((try keyName(path), .beginsWith(value)))
        case .or: throw unsupportedOperator("OR")
        case .not: throw unsupportedOperator("NOT")
        case .isIn: throw unsupportedOperator("IN")
        case .attributeExists: throw unsupportedOperator("attribute_exists")
        case .attributeNotExists: throw unsupportedOperator("attribute_not_exists")
        case .attributeType: throw unsupportedOperator("attribute_type")
        case .contains: throw unsupportedOperator("contains")
        }
    }

    private static func unsupportedOperator(_ name: String) -> DynamoDBError {
        .invalid(.keyCondition, "Invalid operator used in KeyConditionExpression: \(name)")
    }

    /// The key name and the value of `key op :value` or `:value op key`, and whether it was written reversed.
    private static func keyAndValue(_ left: Operand, _ right: Operand) throws(DynamoDBError) -> (String, AttributeValue, Bool) {
        switch (left, right) {
        case (.path(let path), .value(let value)): return (try keyName(path), value, false)
        case (.value(let value), .path(let path)): return (try keyName(path), value, true)
        default: throw .validation("Query key condition not supported")
        }
    }

    /// Keys are top-level attributes; a nested path can never name one.
    private static func keyName(_ path: DocumentPath) throws(DynamoDBError) -> String {
        guard path.elements.count == 1 else { throw .validation("Query key condition not supported") }
        return path.topLevelName
    }
}

extension Comparator {
    /// The operator that means the same with its operands swapped: `:v < k` is `k > :v`.
    var mirrored: Comparator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }
}
