import LambdaEvents

/// `ReturnValues` and `ReturnValuesOnConditionCheckFailure`: which item images a write answers with.
enum ReturnValues: String, Sendable {
    case none = "NONE"
    case allOld = "ALL_OLD"
    case updatedOld = "UPDATED_OLD"
    case allNew = "ALL_NEW"
    case updatedNew = "UPDATED_NEW"

    /// Parses the member, allowing only what the operation allows (`ALL_OLD`/`NONE` outside UpdateItem).
    init(_ text: String?, updating: Bool) throws(DynamoDBServiceError) {
        guard let text else {
            self = .none
            return
        }
        guard let value = ReturnValues(rawValue: text) else {
            throw .validation("1 validation error detected: Value '\(text)' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]")
        }
        if !updating, value != .none, value != .allOld {
            throw .validation("ReturnValues can only be ALL_OLD or NONE")
        }
        self = value
    }

    /// Parses `ReturnValuesOnConditionCheckFailure`; true for `ALL_OLD`.
    static func onConditionFailure(_ text: String?) throws(DynamoDBServiceError) -> Bool {
        switch text {
        case nil, "NONE": return false
        case "ALL_OLD": return true
        case let text?:
            throw .validation("1 validation error detected: Value '\(text)' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]")
        }
    }

    /// The `Attributes` to answer with; `UPDATED_*` keep only the paths the update wrote or
    /// removed, nested ones within their parents (`SET a.c = :v` answers `{"a": {"c": ...}}`).
    func attributes(old: DynamoDBItem?, new: DynamoDBItem?, updatedBy update: UpdateExpression? = nil) -> DynamoDBItem? {
        let result: DynamoDBItem?
        switch self {
        case .none: result = nil
        case .allOld: result = old
        case .allNew: result = new
        case .updatedOld: result = old.map { ProjectionExpression(built: update?.targetPaths ?? []).apply(to: $0) }
        case .updatedNew: result = new.map { ProjectionExpression(built: update?.targetPaths ?? []).apply(to: $0) }
        }
        return result?.isEmpty == true ? nil : result
    }
}
