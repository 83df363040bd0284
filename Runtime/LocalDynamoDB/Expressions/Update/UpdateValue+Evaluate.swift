import LambdaEvents

extension UpdateValue {
    /// The value to write, computed from the item as it was before the update.
    func resolve(in item: DynamoDBItem?) throws(DynamoDBError) -> AttributeValue {
        switch self {
        case .value(let value):
            return value
        case .path(let path):
            guard let value = path.value(in: item) else { throw .missingUpdateOperand }
            return value
        case .ifNotExists(let path, let fallback):
            if let value = path.value(in: item) { return value }
            return try fallback.resolve(in: item)
        case .listAppend(let first, let second):
            guard case .list(let head) = try first.resolve(in: item),
                  case .list(let tail) = try second.resolve(in: item) else { throw .incorrectUpdateOperand }
            return .list(head + tail)
        case .plus(let left, let right):
            return .number(try Self.numbers(left, right, in: item) { a, b throws(DynamoDBError) in try a.adding(b) }.description)
        case .minus(let left, let right):
            return .number(try Self.numbers(left, right, in: item) { a, b throws(DynamoDBError) in try a.subtracting(b) }.description)
        }
    }

    private static func numbers(
        _ left: UpdateValue,
        _ right: UpdateValue,
        in item: DynamoDBItem?,
        _ operation: (DynamoDBNumber, DynamoDBNumber) throws(DynamoDBError) -> DynamoDBNumber
    ) throws(DynamoDBError) -> DynamoDBNumber {
        guard case .number(let a) = try left.resolve(in: item), case .number(let b) = try right.resolve(in: item) else {
            throw .incorrectUpdateOperand
        }
        return try operation(try DynamoDBNumber(a), try DynamoDBNumber(b))
    }
}
