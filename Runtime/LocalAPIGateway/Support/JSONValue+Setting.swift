import LambdaEvents

extension JSONValue {
    /// Sets the member at `path` (object keys, outermost first), creating objects on the way;
    /// a non-object on the way is replaced by one.
    mutating func set(_ value: JSONValue, at path: [String]) {
        guard let key = path.first else {
            self = value
            return
        }
        var members = objectValue ?? [:]
        var child = members[key] ?? .object([:])
        child.set(value, at: Array(path.dropFirst()))
        members[key] = child
        self = .object(members)
    }
}
