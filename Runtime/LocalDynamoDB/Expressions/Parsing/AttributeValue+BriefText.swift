import LambdaEvents

extension AttributeValue {
    /// The scalar's text as DynamoDB quotes it inside error messages.
    var briefText: String {
        switch self {
        case .string(let string): string
        case .number(let text): text
        case .binary(let data): data.base64EncodedString()
        default: dataType.rawValue
        }
    }
}
