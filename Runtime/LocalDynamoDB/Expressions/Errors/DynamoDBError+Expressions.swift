extension DynamoDBError {
    /// `Invalid <Kind>: <detail>`, the shape of every expression parse error.
    static func invalid(_ kind: ExpressionKind, _ detail: String) -> DynamoDBError {
        .validation("Invalid \(kind.rawValue): \(detail)")
    }

    /// A token the grammar does not allow where it stands.
    static func syntax(_ kind: ExpressionKind, token: String, near: String) -> DynamoDBError {
        invalid(kind, "Syntax error; token: \"\(token)\", near: \"\(near)\"")
    }

    static func reservedKeyword(_ kind: ExpressionKind, _ word: String) -> DynamoDBError {
        invalid(kind, "Attribute name is a reserved keyword; reserved keyword: \(word)")
    }

    static func undefinedName(_ kind: ExpressionKind, _ alias: String) -> DynamoDBError {
        invalid(kind, "An expression attribute name used in the document path is not defined; attribute name: \(alias)")
    }

    static func undefinedValue(_ kind: ExpressionKind, _ alias: String) -> DynamoDBError {
        invalid(kind, "An expression attribute value used in expression is not defined; attribute value: \(alias)")
    }

    static func emptyExpression(_ kind: ExpressionKind) -> DynamoDBError {
        invalid(kind, "The expression can not be empty;")
    }

    static func incorrectOperandType(_ kind: ExpressionKind, function: String, type: AttributeTypeName) -> DynamoDBError {
        invalid(kind, "Incorrect operand type for operator or function; operator or function: \(function), operand type: \(type.short)")
    }

    static func overlappingPaths(_ kind: ExpressionKind, _ one: DocumentPath, _ two: DocumentPath) -> DynamoDBError {
        invalid(kind, "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: \(one), path two: \(two)")
    }

    static func conflictingPaths(_ kind: ExpressionKind, _ one: DocumentPath, _ two: DocumentPath) -> DynamoDBError {
        invalid(kind, "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: \(one), path two: \(two)")
    }

    /// An update operand of the wrong type, found only once the item is known.
    static let incorrectUpdateOperand = validation("An operand in the update expression has an incorrect data type")

    /// A SET, ADD or REMOVE target whose parent is missing or of the wrong type.
    static let invalidUpdatePath = validation("The document path provided in the update expression is invalid for update")

    /// A SET operand naming an attribute the item lacks.
    static let missingUpdateOperand = validation("The provided expression refers to an attribute that does not exist in the item")
}
