import LambdaEvents

/// The operators of the legacy conditions (`Expected`, `KeyConditions`, `QueryFilter`,
/// `ScanFilter`), each with the operands it takes; ``condition(on:operands:)`` turns one into the
/// expression tree, so legacy and expression requests are evaluated by the same code.
enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "EQ"
    case notEqual = "NE"
    case lessOrEqual = "LE"
    case less = "LT"
    case greaterOrEqual = "GE"
    case greater = "GT"
    case notNull = "NOT_NULL"
    case null = "NULL"
    case contains = "CONTAINS"
    case notContains = "NOT_CONTAINS"
    case beginsWith = "BEGINS_WITH"
    case isIn = "IN"
    case between = "BETWEEN"

    /// Reads the operator; `member` is the request path DynamoDB names in its error, such as
    /// `scanFilter.status.member.comparisonOperator`.
    init(_ text: String?, member: String) throws(DynamoDBServiceError) {
        guard let text else {
            throw .validation("1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null")
        }
        guard let value = ComparisonOperator(rawValue: text) else {
            throw .validation("1 validation error detected: Value '\(text)' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]")
        }
        self = value
    }

    /// Whether the operator takes operands at all (`NULL` and `NOT_NULL` take none).
    var takesOperands: Bool { self != .null && self != .notNull }

    /// The operands checked as DynamoDB checks them: how many the operator takes, one type for
    /// all, a type the operator can compare, a valid value, bounds in order. Numbers come back canonical.
    func checked(_ operands: [AttributeValue]) throws(DynamoDBServiceError) -> [AttributeValue] {
        var values: [AttributeValue] = []
        for operand in operands { values.append(try ItemValidation.canonical(operand)) }
        let countFits = switch self {
        case .null, .notNull: values.isEmpty
        case .isIn: !values.isEmpty
        case .between: values.count == 2
        default: values.count == 1
        }
        guard countFits else {
            throw .validation("One or more parameter values were invalid: Invalid number of argument(s) for the \(rawValue) ComparisonOperator")
        }
        if let first = values.first, values.contains(where: { $0.dataType != first.dataType }) {
            throw .validation("One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type")
        }
        if let bad = values.first(where: { !accepts($0.dataType) }) {
            throw .validation("One or more parameter values were invalid: ComparisonOperator \(rawValue) is not valid for \(bad.dataType.rawValue) AttributeValue type")
        }
        if self == .between, let order = AttributeOrdering.compare(values[0], values[1]), order > 0 {
            throw .validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound")
        }
        return values
    }

    /// Equality takes any value; ordering, containment and ranges take scalars; a prefix is text or bytes.
    private func accepts(_ type: AttributeValue.DataType) -> Bool {
        switch self {
        case .equal, .notEqual, .null, .notNull: true
        case .beginsWith: type == .string || type == .binary
        default: type == .string || type == .number || type == .binary
        }
    }

    /// The condition on the top-level attribute `name`, for operands already ``checked(_:)``.
    func condition(on name: String, operands: [AttributeValue]) -> Condition {
        let path = DocumentPath(attribute: name)
        let attribute = Operand.path(path)
        switch self {
        case .equal: return .compare(attribute, .equal, .value(operands[0]))
        case .notEqual: return .compare(attribute, .notEqual, .value(operands[0]))
        case .lessOrEqual: return .compare(attribute, .lessOrEqual, .value(operands[0]))
        case .less: return .compare(attribute, .less, .value(operands[0]))
        case .greaterOrEqual: return .compare(attribute, .greaterOrEqual, .value(operands[0]))
        case .greater: return .compare(attribute, .greater, .value(operands[0]))
        case .notNull: return .attributeExists(path)
        case .null: return .attributeNotExists(path)
        case .contains: return .contains(attribute, .value(operands[0]))
        case .notContains: return .not(.contains(attribute, .value(operands[0])))
        case .beginsWith: return .beginsWith(attribute, .value(operands[0]))
        case .isIn: return .isIn(attribute, operands.map(Operand.value))
        case .between: return .between(attribute, low: .value(operands[0]), high: .value(operands[1]))
        }
    }
}
