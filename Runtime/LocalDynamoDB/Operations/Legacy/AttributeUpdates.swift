import LambdaEvents

/// UpdateItem's legacy `AttributeUpdates`, turned into the update an `UpdateExpression` would
/// have parsed to: `PUT` is `SET`, `DELETE` without a value is `REMOVE`, `DELETE` of set members
/// and `ADD` of numbers and sets are their clauses, and `ADD` of a list appends to it.
enum AttributeUpdates {
    static func expression(_ updates: [String: AttributeValueUpdate]) throws(DynamoDBServiceError) -> UpdateExpression {
        var assignments: [UpdateExpression.Assignment] = []
        var removals: [DocumentPath] = []
        var additions: [UpdateExpression.SetChange] = []
        var deletions: [UpdateExpression.SetChange] = []
        for (name, update) in updates.sorted(by: { $0.key < $1.key }) {
            let path = DocumentPath(attribute: name)
            let action = update.action ?? "PUT"
            guard ["PUT", "ADD", "DELETE"].contains(action) else {
                throw .validation("1 validation error detected: Value '\(action)' at 'attributeUpdates.\(name).member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]")
            }
            guard let given = update.value else {
                guard action == "DELETE" else {
                    throw .validation("One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified")
                }
                removals.append(path)
                continue
            }
            let value = try ItemValidation.canonical(given)
            let type = value.dataType
            switch action {
            case "DELETE":
                guard [.stringSet, .numberSet, .binarySet].contains(type) else {
                    throw .validation("One or more parameter values were invalid: DELETE action with value is not supported for the type \(type.rawValue)")
                }
                deletions.append(.init(path: path, value: value))
            case "ADD":
                switch type {
                case .number, .stringSet, .numberSet, .binarySet:
                    additions.append(.init(path: path, value: value))
                case .list:
                    let existing = UpdateValue.ifNotExists(path, .value(.list([])))
                    assignments.append(.init(path: path, value: .listAppend(existing, .value(value))))
                default:
                    throw .validation("One or more parameter values were invalid: ADD action is not supported for the type \(type.rawValue)")
                }
            default:
                assignments.append(.init(path: path, value: .value(value)))
            }
        }
        return UpdateExpression(built: assignments, removals: removals, additions: additions, deletions: deletions)
    }

    /// The legacy wording of a failed `ADD` or `DELETE`: the expression layer's "incorrect data
    /// type" is "Type mismatch for attribute to update" when the update came from `AttributeUpdates`.
    static func reworded(_ error: DynamoDBError) -> DynamoDBError {
        error == .incorrectUpdateOperand ? .validation("Type mismatch for attribute to update") : error
    }
}
