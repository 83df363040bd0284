import LambdaEvents

extension Parser {
    struct UpdateClauses {
        var assignments: [UpdateExpression.Assignment] = []
        var removals: [DocumentPath] = []
        var additions: [UpdateExpression.SetChange] = []
        var deletions: [UpdateExpression.SetChange] = []
    }

    static let addableTypes: Set<AttributeValue.DataType> = [.number, .stringSet, .numberSet, .binarySet]
    static let setTypes: Set<AttributeValue.DataType> = [.stringSet, .numberSet, .binarySet]

    /// `( SET … | REMOVE … | ADD … | DELETE … )+`, each clause a comma-separated list.
    mutating func updateClauses() throws(DynamoDBError) -> UpdateClauses {
        var clauses = UpdateClauses()
        var seen: Set<String> = []
        repeat {
            let clause = peek.text.uppercased()
            guard peek.kind == .word, ["SET", "REMOVE", "ADD", "DELETE"].contains(clause) else { throw syntaxError() }
            guard seen.insert(clause).inserted else {
                throw .invalid(kind, "The \"\(clause)\" section can only be used once in an update expression;")
            }
            advance()
            repeat {
                switch clause {
                case "SET":
                    let target = try path()
                    try expect("=")
                    clauses.assignments.append(.init(path: target, value: try setValue()))
                case "REMOVE":
                    clauses.removals.append(try path())
                case "ADD":
                    clauses.additions.append(try setChange(operator: "ADD", allowed: Self.addableTypes))
                default:
                    clauses.deletions.append(try setChange(operator: "DELETE", allowed: Self.setTypes))
                }
            } while consume(",")
        } while peek.kind != .end
        return clauses
    }

    private mutating func setChange(operator name: String, allowed: Set<AttributeValue.DataType>) throws(DynamoDBError) -> UpdateExpression.SetChange {
        let target = try path()
        let value = try valueAlias()
        guard allowed.contains(value.dataType) else {
            throw .invalid(kind, "Incorrect operand type for operator or function; operator: \(name), operand type: \(AttributeTypeName(value).long), typeSet: ALLOWED_FOR_\(name)_OPERAND")
        }
        return .init(path: target, value: value)
    }

    /// `operand ( ('+' | '-') operand )?`; DynamoDB allows one arithmetic operator per value.
    private mutating func setValue() throws(DynamoDBError) -> UpdateValue {
        let first = try setOperand()
        let isPlus = peek.isSymbol("+")
        guard isPlus || peek.isSymbol("-") else { return first }
        advance()
        try countOperator()
        let second = try setOperand()
        for operand in [first, second] {
            if case .value(let value) = operand, value.dataType != .number {
                throw .incorrectOperandType(kind, function: isPlus ? "+" : "-", type: AttributeTypeName(value))
            }
        }
        return isPlus ? .plus(first, second) : .minus(first, second)
    }

    /// `:value`, a path, `if_not_exists(path, operand)` or `list_append(operand, operand)`.
    private mutating func setOperand() throws(DynamoDBError) -> UpdateValue {
        if peek.kind == .valueAlias { return .value(try valueAlias()) }
        guard peek.kind == .word, next.isSymbol("(") else { return .path(try path()) }
        return try setFunction()
    }

    /// `if_not_exists( … )` or `list_append( … )`, starting at the name: one level of nesting.
    private mutating func setFunction() throws(DynamoDBError) -> UpdateValue {
        let name = peek.text
        guard name == "if_not_exists" || name == "list_append" else {
            throw .invalid(kind, "Invalid function name; function: \(name)")
        }
        advance()
        try countOperator()
        try enterNesting()
        defer { leaveNesting() }
        try expect("(")
        var arguments = [try setOperand()]
        while consume(",") { arguments.append(try setOperand()) }
        try expect(")")
        guard arguments.count == 2 else { throw wrongOperandCount(name, arguments.count) }
        if name == "if_not_exists" {
            guard case .path(let path) = arguments[0] else { throw requiresPath(name) }
            return .ifNotExists(path, arguments[1])
        }
        for case .value(let value) in arguments where value.dataType != .list {
            throw .incorrectOperandType(kind, function: name, type: AttributeTypeName(value))
        }
        return .listAppend(arguments[0], arguments[1])
    }
}
