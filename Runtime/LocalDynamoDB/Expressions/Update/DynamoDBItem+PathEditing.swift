import LambdaEvents

/// Path writes on a whole item, whose top level behaves like a map.
enum ItemEditing {
    static func set(_ value: AttributeValue, at path: DocumentPath, in item: inout DynamoDBItem) throws(DynamoDBError) {
        let name = path.topLevelName
        let rest = path.elements.dropFirst()
        if rest.isEmpty {
            item[name] = value
            return
        }
        guard item[name] != nil else { throw .invalidUpdatePath }
        // Through the dictionary's own storage, so the attribute is edited where it lies.
        try item[name]!.set(value, at: rest)
    }

    static func remove(_ path: DocumentPath, from item: inout DynamoDBItem) {
        let name = path.topLevelName
        let rest = path.elements.dropFirst()
        if rest.isEmpty {
            item.removeValue(forKey: name)
        } else if item[name] != nil {
            item[name]!.remove(at: rest)
        }
    }
}
