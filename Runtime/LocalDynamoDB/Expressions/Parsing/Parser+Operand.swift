import LambdaEvents

extension Parser {
    /// The functions that are conditions on their own, not operands.
    static let conditionFunctions: Set<String> = [
        "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains",
    ]

    /// `:value`, `size(path)` or a path.
    mutating func operand() throws(DynamoDBError) -> Operand {
        if peek.kind == .valueAlias { return .value(try valueAlias()) }
        if peek.kind == .word, next.isSymbol("(") {
            let name = peek.text
            guard name == "size" else {
                if Self.conditionFunctions.contains(name) {
                    throw .invalid(kind, "The function is not allowed to be used this way in an expression; function: \(name)")
                }
                throw .invalid(kind, "Invalid function name; function: \(name)")
            }
            // Refused before reading a call inside it: `size` takes only a path, so it never nests.
            if token(after: 2).kind == .word, token(after: 3).isSymbol("(") { throw requiresPath(name) }
            let arguments = try functionArguments()
            guard arguments.count == 1 else { throw wrongOperandCount(name, arguments.count) }
            guard case .path(let path) = arguments[0] else { throw requiresPath(name) }
            return .size(path)
        }
        return .path(try path())
    }

    /// `name ( operand, ... )`, starting at the name; the function counts as an operator.
    mutating func functionArguments() throws(DynamoDBError) -> [Operand] {
        advance()
        try countOperator()
        try expect("(")
        var arguments = [try operand()]
        while consume(",") { arguments.append(try operand()) }
        try expect(")")
        return arguments
    }

    func wrongOperandCount(_ function: String, _ count: Int) -> DynamoDBError {
        .invalid(kind, "Incorrect number of operands for operator or function; operator or function: \(function), number of operands: \(count)")
    }

    func requiresPath(_ function: String) -> DynamoDBError {
        .invalid(kind, "Operator or function requires a document path; operator or function: \(function)")
    }

    /// Rejects a literal whose type `function` can never accept, as DynamoDB does before reading the item.
    func checkLiteral(_ operand: Operand, for function: String, allowed: Set<AttributeValue.DataType>) throws(DynamoDBError) {
        guard case .value(let value) = operand, !allowed.contains(value.dataType) else { return }
        throw .incorrectOperandType(kind, function: function, type: AttributeTypeName(value))
    }
}
