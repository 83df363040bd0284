extension ResolvedValue {
    /// `a string`, `a list`, ... for messages.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .list: "a list"
        case .map: "a mapping"
        case .unresolved: "unresolved"
        }
    }
}
