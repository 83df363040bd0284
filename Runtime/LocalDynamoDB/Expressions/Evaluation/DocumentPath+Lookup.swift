import LambdaEvents

extension DocumentPath {
    /// The value at this path in `item`, or nil when any step is missing or of the wrong type.
    public func value(in item: DynamoDBItem?) -> AttributeValue? {
        guard let item, case .attribute(let name)? = elements.first, var current = item[name] else { return nil }
        for element in elements.dropFirst() {
            switch (element, current) {
            case (.attribute(let key), .map(let members)):
                guard let member = members[key] else { return nil }
                current = member
            case (.index(let position), .list(let list)):
                guard list.indices.contains(position) else { return nil }
                current = list[position]
            default:
                return nil
            }
        }
        return current
    }
}
