extension TemplateValue {
    /// `string`, `mapping`, ... for messages.
    var kindName: String {
        switch kind {
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null value"
        case .list: "list"
        case .map: "mapping"
        case .intrinsic(let function, _): "\(function.rawValue) call"
        }
    }
}
