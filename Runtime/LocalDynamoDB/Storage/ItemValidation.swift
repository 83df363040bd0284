import Foundation
import LambdaEvents

/// The checks DynamoDB applies to every attribute value written: valid numbers stored in
/// canonical text, no empty or duplicated sets, no nesting past 32 levels.
enum ItemValidation {
    /// The item with every number canonical, or DynamoDB's `ValidationException`.
    static func canonical(_ item: DynamoDBItem) throws(DynamoDBServiceError) -> DynamoDBItem {
        try canonical(item, level: 1)
    }

    /// One value as an item's attribute (level 1): a legacy `AttributeUpdates` or comparison value.
    static func canonical(_ value: AttributeValue) throws(DynamoDBServiceError) -> AttributeValue {
        try canonical(value, level: 1)
    }

    /// `members`, each at `level` (1 for the attributes of an item).
    private static func canonical(_ members: DynamoDBItem, level: Int) throws(DynamoDBServiceError) -> DynamoDBItem {
        var result = DynamoDBItem(minimumCapacity: members.count)
        for (name, value) in members {
            result[name] = try canonical(value, level: level)
        }
        return result
    }

    /// One value at `level`; the level is checked before the value's members are, so a value
    /// nested however deep costs at most ``DynamoDBLimits/nestingLevels`` frames.
    private static func canonical(_ value: AttributeValue, level: Int) throws(DynamoDBServiceError) -> AttributeValue {
        guard level <= DynamoDBLimits.nestingLevels else { throw DynamoDBServiceError(.nestingTooDeep) }
        do {
            switch value {
            case .number(let text):
                return .number(try DynamoDBNumber(text).description)
            case .numberSet(let members):
                try checkSet(members.count, kind: "number")
                var numbers: [String] = []
                for member in members { numbers.append(try DynamoDBNumber(member).description) }
                try checkDuplicates(numbers, original: members)
                return .numberSet(numbers)
            case .stringSet(let members):
                try checkSet(members.count, kind: "string")
                try checkDuplicates(members, original: members)
                return value
            case .binarySet(let members):
                try checkSet(members.count, kind: "binary")
                try checkDuplicates(members, original: members.map { $0.base64EncodedString() })
                return value
            case .list(let elements):
                var result: [AttributeValue] = []
                for element in elements { result.append(try canonical(element, level: level + 1)) }
                return .list(result)
            case .map(let members):
                return .map(try canonical(members, level: level + 1))
            default:
                return value
            }
        } catch let error as DynamoDBError {
            throw DynamoDBServiceError(error)
        } catch let error as DynamoDBServiceError {
            throw error
        } catch {
            throw .internalFailure(error)
        }
    }

    private static func checkSet(_ count: Int, kind: String) throws(DynamoDBServiceError) {
        if count == 0 {
            throw .validation("One or more parameter values were invalid: An \(kind) set  may not be empty")
        }
    }

    private static func checkDuplicates<T: Hashable>(_ members: [T], original: [String]) throws(DynamoDBServiceError) {
        if Set(members).count != members.count {
            throw .validation("Input collection [\(original.joined(separator: ", "))] contains duplicates.")
        }
    }
}
