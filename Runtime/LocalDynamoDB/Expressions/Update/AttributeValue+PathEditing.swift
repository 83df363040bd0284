import LambdaEvents

extension AttributeValue {
    /// This value with `replacement` written at `steps` below it; a list index past the end appends.
    /// Throws DynamoDB's invalid-path error when a step's container is missing or of the wrong type.
    func setting(_ replacement: AttributeValue, at steps: ArraySlice<DocumentPath.Element>) throws(DynamoDBError) -> AttributeValue {
        guard let step = steps.first else { return replacement }
        let rest = steps.dropFirst()
        switch (step, self) {
        case (.attribute(let key), .map(var members)):
            if rest.isEmpty {
                members[key] = replacement
            } else {
                guard let child = members[key] else { throw .invalidUpdatePath }
                members[key] = try child.setting(replacement, at: rest)
            }
            return .map(members)
        case (.index(let position), .list(var elements)):
            if position < elements.count {
                elements[position] = try elements[position].setting(replacement, at: rest)
            } else {
                guard rest.isEmpty else { throw .invalidUpdatePath }
                elements.append(replacement)
            }
            return .list(elements)
        default:
            throw .invalidUpdatePath
        }
    }

    /// This value without whatever is at `steps`; missing steps leave it unchanged, as REMOVE does.
    func removing(at steps: ArraySlice<DocumentPath.Element>) -> AttributeValue {
        guard let step = steps.first else { return self }
        let rest = steps.dropFirst()
        switch (step, self) {
        case (.attribute(let key), .map(var members)):
            guard let child = members[key] else { return self }
            // Spelled out: `cond ? nil : value` would read `nil` as the NULL attribute value.
            if rest.isEmpty {
                members[key] = Optional.none
            } else {
                members[key] = child.removing(at: rest)
            }
            return .map(members)
        case (.index(let position), .list(var elements)):
            guard elements.indices.contains(position) else { return self }
            if rest.isEmpty {
                elements.remove(at: position)
            } else {
                elements[position] = elements[position].removing(at: rest)
            }
            return .list(elements)
        default:
            return self
        }
    }
}
