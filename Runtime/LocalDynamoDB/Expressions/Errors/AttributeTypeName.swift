import LambdaEvents

/// The two ways DynamoDB's messages name a value's type: `S` in most, `STRING` in ADD and DELETE.
struct AttributeTypeName: Sendable {
    let type: AttributeValue.DataType

    init(_ value: AttributeValue) {
        type = value.dataType
    }

    var short: String { type.rawValue }

    var long: String {
        switch type {
        case .string: "STRING"
        case .number: "NUMBER"
        case .binary: "BINARY"
        case .stringSet: "STRING_SET"
        case .numberSet: "NUMBER_SET"
        case .binarySet: "BINARY_SET"
        case .map: "MAP"
        case .list: "LIST"
        case .null: "NULL"
        case .bool: "BOOLEAN"
        }
    }
}
