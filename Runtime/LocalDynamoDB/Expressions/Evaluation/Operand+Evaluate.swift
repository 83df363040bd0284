import LambdaEvents

extension Operand {
    /// The operand's value for `item`, or nil when it refers to something the item lacks.
    func value(in item: DynamoDBItem?) -> AttributeValue? {
        switch self {
        case .value(let value): value
        case .path(let path): path.value(in: item)
        case .size(let path): path.value(in: item).flatMap(\.sizeForCondition).map { .number(String($0)) }
        }
    }
}
