import LambdaEvents

extension Parser {
    /// The types that `<`, `BETWEEN` and `begins_with` can order or match.
    static let scalarTypes: Set<AttributeValue.DataType> = [.string, .number, .binary]

    /// `condition ::= and ( OR and )*`; precedence from loose to tight is OR, AND, NOT, then the rest.
    mutating func condition() throws(DynamoDBError) -> Condition {
        var result = try conjunction()
        while peek.isWord("OR") {
            advance()
            try countOperator()
            result = .or(result, try conjunction())
        }
        return result
    }

    private mutating func conjunction() throws(DynamoDBError) -> Condition {
        var result = try negation()
        while peek.isWord("AND") {
            advance()
            try countOperator()
            result = .and(result, try negation())
        }
        return result
    }

    /// `NOT* primary`, read in a loop: a chain of NOTs costs no stack.
    private mutating func negation() throws(DynamoDBError) -> Condition {
        var negations = 0
        while peek.isWord("NOT") {
            advance()
            try countOperator()
            negations += 1
        }
        var result = try primary()
        for _ in 0..<negations { result = .not(result) }
        return result
    }

    /// A group or a simple condition. Kept apart from both so that the recursion into groups
    /// passes through small stack frames only.
    private mutating func primary() throws(DynamoDBError) -> Condition {
        peek.isSymbol("(") ? try group() : try simpleCondition()
    }

    private mutating func group() throws(DynamoDBError) -> Condition {
        if opensRedundantGroup { throw .redundantParentheses(kind) }
        try enterNesting()
        defer { leaveNesting() }
        advance()
        let inner = try condition()
        try expect(")")
        return inner
    }

    /// A comparison, `BETWEEN`, `IN` or a function: everything but a group.
    private mutating func simpleCondition() throws(DynamoDBError) -> Condition {
        if peek.kind == .word, next.isSymbol("("), Self.conditionFunctions.contains(peek.text) {
            return try function()
        }
        let left = try operand()
        if peek.kind == .symbol, let comparator = Comparator(rawValue: peek.text) {
            advance()
            try countOperator()
            let right = try operand()
            return try comparison(left, comparator, right)
        }
        if peek.isWord("BETWEEN") {
            advance()
            try countOperator()
            let low = try operand()
            try expectWord("AND")
            let high = try operand()
            return try between(left, low, high)
        }
        if peek.isWord("IN") {
            advance()
            try countOperator()
            try expect("(")
            var candidates = [try operand()]
            while consume(",") { candidates.append(try operand()) }
            try expect(")")
            guard candidates.count <= DynamoDBLimits.inOperands else {
                throw .invalid(kind, "The IN operator is provided with too many operands; number of operands: \(candidates.count)")
            }
            return .isIn(left, candidates)
        }
        throw syntaxError()
    }

    private func comparison(_ left: Operand, _ comparator: Comparator, _ right: Operand) throws(DynamoDBError) -> Condition {
        if left == right, case .path(let path) = left {
            throw .invalid(kind, "The first operand must be distinct from the remaining operands for this operator or function; operator: \(comparator.rawValue), first operand: \(path)")
        }
        if comparator.isOrdering {
            try checkLiteral(left, for: comparator.rawValue, allowed: Self.scalarTypes)
            try checkLiteral(right, for: comparator.rawValue, allowed: Self.scalarTypes)
        }
        return .compare(left, comparator, right)
    }

    private func between(_ value: Operand, _ low: Operand, _ high: Operand) throws(DynamoDBError) -> Condition {
        for operand in [value, low, high] {
            try checkLiteral(operand, for: "BETWEEN", allowed: Self.scalarTypes)
        }
        if case .value(let lower) = low, case .value(let upper) = high,
           let order = AttributeOrdering.compare(lower, upper), order > 0 {
            throw .invalid(kind, "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower operand: AttributeValue: {\(lower.dataType.rawValue):\(lower.briefText)}, upper operand: AttributeValue: {\(upper.dataType.rawValue):\(upper.briefText)}")
        }
        return .between(value, low: low, high: high)
    }

    private mutating func function() throws(DynamoDBError) -> Condition {
        let name = peek.text
        let arguments = try functionArguments()
        let expected = name == "attribute_exists" || name == "attribute_not_exists" ? 1 : 2
        guard arguments.count == expected else { throw wrongOperandCount(name, arguments.count) }
        switch name {
        case "attribute_exists", "attribute_not_exists", "attribute_type":
            guard case .path(let path) = arguments[0] else { throw requiresPath(name) }
            if name == "attribute_exists" { return .attributeExists(path) }
            if name == "attribute_not_exists" { return .attributeNotExists(path) }
            return .attributeType(path, try typeName(arguments[1]))
        case "begins_with":
            try checkLiteral(arguments[0], for: name, allowed: [.string, .binary])
            try checkLiteral(arguments[1], for: name, allowed: [.string, .binary])
            return .beginsWith(arguments[0], arguments[1])
        default:
            return .contains(arguments[0], arguments[1])
        }
    }

    private func typeName(_ operand: Operand) throws(DynamoDBError) -> String {
        guard case .value(let value) = operand else { throw syntaxError() }
        guard case .string(let name) = value else {
            throw .incorrectOperandType(kind, function: "attribute_type", type: AttributeTypeName(value))
        }
        guard AttributeValue.DataType(rawValue: name) != nil else {
            let valid = AttributeValue.DataType.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(kind, "Invalid attribute type name found; type: \(name), valid types: {\(valid)}")
        }
        return name
    }
}
